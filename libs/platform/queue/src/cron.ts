import { CronExpressionParser } from 'cron-parser';

/** Next run of a cron pattern in business time (Asia/Shanghai), as BullMQ's schedulers compute it. */
export function nextCronRun(pattern: string, after: Date): Date {
  return CronExpressionParser.parse(pattern, { currentDate: after, tz: 'Asia/Shanghai' }).next().toDate();
}
