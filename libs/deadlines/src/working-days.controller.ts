import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { addCalendarDays, calendarDaysBetween, isCalendarDate, type CalendarDay } from '@app/calendar';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidQuery } from '@app/errors';
import { CalendarService } from './calendar.service.js';

/** A year and a day: enough for any calendar view, small enough to answer at once. */
const MAX_RANGE_DAYS = 366;

const calendarDate = z.string().refine(isCalendarDate, '日期格式应为 YYYY-MM-DD');
const RangeQuery = z
  .object({ from: calendarDate, to: calendarDate })
  .superRefine((q, ctx) => {
    if (!isCalendarDate(q.from) || !isCalendarDate(q.to)) return;
    const span = calendarDaysBetween(q.from, q.to);
    if (span < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    else if (span >= MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `一次最多查询 ${MAX_RANGE_DAYS} 天` });
  });

@ApiTags('calendar 工作日历')
@ApiBearerAuth()
@Controller('calendar')
export class WorkingDaysController {
  constructor(private readonly calendars: CalendarService) {}

  @Get('working-days')
  // The admin has no order.read but edits the holidays this shows.
  @RequirePermission('order.read', 'admin.policies')
  @ApiOperation({ summary: '日期区间内每天是否为工作日、原因，以及是否为临时计算（该年安排未录入）' })
  async workingDays(@CurrentActor() actor: SessionActor, @ValidQuery(RangeQuery) q: z.infer<typeof RangeQuery>) {
    const calendar = await this.calendars.calendarFor(actor.streetCode);
    const days: CalendarDay[] = [];
    for (let date = q.from; date <= q.to; date = addCalendarDays(date, 1)) days.push(calendar.describeDay(date));
    return { from: q.from, to: q.to, days };
  }
}
