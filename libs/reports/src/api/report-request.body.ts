import { z } from 'zod';
import { civilDay, isCivilDay } from '@app/errors';
import { REPORT_KINDS } from '../domain/report-kind.js';
import { parseReportPeriod } from '../domain/report-period.js';
import type { ReportPeriodRequest } from '../domain/report-run.js';

const DAY = civilDay();

/**
 * `POST /api/reports`: the kind and its period — '2026-11' (an assessment month), '2026-11-01~2026-11-30', or the
 * same as `{ month }` / `{ from, to }`. `masked: false` asks for names and phones in clear (ledger only, and only for
 * those who may reveal them).
 */
export const ReportRequestBody = z.object({
  kind: z.enum(REPORT_KINDS, { message: `报表类型须为 ${REPORT_KINDS.join(' / ')} 之一` }),
  period: z.union([
    z.string().transform((text, ctx): ReportPeriodRequest => {
      const p = parseReportPeriod(text);
      if (!p) ctx.addIssue({ code: 'custom', message: '周期格式应为 YYYY-MM 或 YYYY-MM-DD~YYYY-MM-DD' });
      else if ('from' in p && !(isCivilDay(p.from) && isCivilDay(p.to))) ctx.addIssue({ code: 'custom', message: '日期应为有效的 YYYY-MM-DD' });
      else if ('from' in p && p.to < p.from) ctx.addIssue({ code: 'custom', message: '结束日期须不早于开始日期' });
      return p ?? { month: text };
    }),
    z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') }).strict(),
    z.object({ from: DAY, to: DAY }).strict().refine((p) => p.from <= p.to, { message: '结束日期须不早于开始日期', path: ['to'] }),
  ]),
  masked: z.boolean().optional(),
});
export type ReportRequestBody = z.infer<typeof ReportRequestBody>;

export const ReportListQuery = z.object({
  kind: z.enum(REPORT_KINDS).optional(),
  period: z.string().max(32).optional(),
  status: z.enum(['queued', 'running', 'done', 'failed']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const DownloadQuery = z.object({ format: z.enum(['xlsx', 'docx', 'pdf']).optional() });
