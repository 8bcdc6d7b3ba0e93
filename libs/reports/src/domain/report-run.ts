import type { SessionActor } from '@app/auth';
import type { ReportPeriodRequest } from './report-period.js';

export type { ReportPeriodRequest };

/**
 * What a report builder is given by the `reports` job: who asked (statistics are read in their scope), the period,
 * whether personal data must be masked (the requester lacks `pii.reveal`; a leader's files are always masked), and a
 * progress callback that pushes `report.progress` to the requester.
 */
export interface ReportRunContext {
  reportId: string;
  actor: SessionActor;
  period: ReportPeriodRequest;
  masked: boolean;
  /** When the run started (business clock); documents print it as 生成时间. */
  now: Date;
  progress(done: number, total: number | null, message?: string): Promise<void>;
}
