/**
 * Queues, jobs and their payloads, defined once (STYLE §4). Payloads carry ids, never whole records; handlers are
 * idempotent. Adding a job here without a handler makes the worker refuse to start.
 */
export const QueueName = {
  Maintenance: 'maintenance',
  Sla: 'sla',
  Imports: 'imports',
  Roster: 'roster',
  Outbox: 'outbox',
  Reports: 'reports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface JobPayloads {
  /** Recompute the audit chain and store the verdict (on demand by an admin, and nightly). */
  'audit-verify': { verificationId: string | null; requestedBy: string | null };
  /** Record the audit chain's heads as a checkpoint outside the database (Redis, or a file in DATA_DIR). */
  'audit-anchor': Record<string, never>;
  /** Prune the realtime replay log and expired sessions. */
  housekeeping: Record<string, never>;
  /** 25% of an order clock remains (DESIGN §4); `generation` ignores alarms of a clock that has since moved. */
  'deadline-warning': ClockAlarmPayload;
  /** An order clock ran out: recorded once on the timeline as 超期. */
  overdue: ClockAlarmPayload;
  /** Finds warnings and overdue clocks that delayed jobs missed (restarts, the embedded queue's lost timers). */
  'sla-sweep': Record<string, never>;
  /** A 挂账 order's next progress date (DESIGN §3) has come: alarm once unless a progress report moved it. */
  'hang-progress-due': HangProgressPayload;
  /** Finds 挂账 progress dates that passed without an alarm (restarts, lost timers). */
  'hang-progress-sweep': Record<string, never>;
  /** A year's holiday schedule was loaded (DESIGN §14): running clocks computed provisionally for it are set again. */
  'recompute-provisional-clocks': RecomputeProvisionalClocksPayload;
  /** Import of a platform export (DESIGN §9): the uploaded file is in `order_import`; rows already done are skipped. */
  'upstream-import': { importId: string };
  /** 排班生成 (DESIGN §7, issue 14): solves one `roster_generation` and stores its roster as a draft. */
  'roster-generate': { generationId: string };
  /** 交接班 (DESIGN §7): gathers the handover of every shift that has just ended; one per (date, shift). */
  'shift-handover': Record<string, never>;
  /** Delivers one outbox message (platform sync or SMS); a delivered message is never sent again. */
  'outbox-deliver': OutboxDeliverPayload;
  /** Finds outbox messages whose enqueue was lost (a crash after commit, the embedded queue's lost timers). */
  'outbox-sweep': Record<string, never>;
  /** Folds orders changed since the last run into the statistics facts and daily rollups (DESIGN §8). */
  'stats-refresh': Record<string, never>;
  /** 月度台账 (DESIGN §9): one requested run, or (`reportId: null`, daily 01:00) the period that has just ended. */
  'monthly-ledger': ReportJobPayload;
  /** 民意分析报告: one requested run; the schedule's ledger queues it for the same period when it is done. */
  'analysis-report': ReportJobPayload;
  /** 费用确认单: one requested run, or (`reportId: null`, daily 02:00) the payment period that has just ended. */
  'fee-confirmation': ReportJobPayload;
}

/** A `report_run` to produce; null asks the daily schedule check whether a period has just ended. */
export interface ReportJobPayload {
  reportId: string | null;
}

export interface OutboxDeliverPayload {
  outboxId: string;
}

export interface HangProgressPayload {
  orderId: string;
  /** The progress date the job was scheduled for (ISO); a later report makes it stale. */
  dueAt: string;
}

export interface RecomputeProvisionalClocksPayload {
  streetCode: string;
  year: number;
}

export interface ClockAlarmPayload {
  orderId: string;
  clock: string;
  generation: number;
}
export type JobName = keyof JobPayloads;
export type JobPayload<N extends JobName> = JobPayloads[N];

export interface RetryPreset {
  attempts: number;
  backoff: { type: 'exponential' | 'fixed'; delayMs: number };
  /** How long finished jobs stay visible (admins look at failures). */
  keepCompleted: { ageSeconds: number; count: number };
  keepFailed: { ageSeconds: number; count: number };
}

/** Retry and retention presets, defined once. */
export const RetryPresets = {
  standard: {
    attempts: 3,
    backoff: { type: 'exponential', delayMs: 5_000 },
    keepCompleted: { ageSeconds: 24 * 3600, count: 1000 },
    keepFailed: { ageSeconds: 30 * 24 * 3600, count: 5000 },
  },
  /** Alarms must not be lost: more attempts, short backoff. */
  alarm: {
    attempts: 8,
    backoff: { type: 'exponential', delayMs: 1_000 },
    keepCompleted: { ageSeconds: 3600, count: 2000 },
    keepFailed: { ageSeconds: 30 * 24 * 3600, count: 5000 },
  },
  /**
   * Deliveries to outside systems (the platform, the SMS gateway): they may be down for a while, so back off
   * 30 s, 1 min, 2 min … for about an hour; after that the message shows 发送失败 until a supervisor retries.
   */
  delivery: {
    attempts: 8,
    backoff: { type: 'exponential', delayMs: 30_000 },
    keepCompleted: { ageSeconds: 24 * 3600, count: 5000 },
    keepFailed: { ageSeconds: 30 * 24 * 3600, count: 5000 },
  },
  /**
   * A solve is minutes of CPU and the user is watching: one attempt (a crash shows as failed and they start again).
   * Kept a day, like the generation row that holds the outcome.
   */
  solve: {
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 0 },
    keepCompleted: { ageSeconds: 24 * 3600, count: 200 },
    keepFailed: { ageSeconds: 7 * 24 * 3600, count: 200 },
  },
  /** Long reports: a couple of retries, kept a week. */
  report: {
    attempts: 2,
    backoff: { type: 'exponential', delayMs: 30_000 },
    keepCompleted: { ageSeconds: 7 * 24 * 3600, count: 500 },
    keepFailed: { ageSeconds: 30 * 24 * 3600, count: 500 },
  },
} as const satisfies Record<string, RetryPreset>;

export interface JobDefinition {
  queue: QueueName;
  retry: RetryPreset;
  /** Repeating schedule (cron, Asia/Shanghai), if any. */
  schedule?: { pattern: string; payload: unknown };
}

export const JOBS: { [N in JobName]: JobDefinition & { schedule?: { pattern: string; payload: JobPayload<N> } } } = {
  'audit-verify': {
    queue: QueueName.Maintenance,
    retry: RetryPresets.standard,
    schedule: { pattern: '30 2 * * *', payload: { verificationId: null, requestedBy: null } },
  },
  // Every five minutes: at most five minutes of records can be cut from the chain's end unseen.
  'audit-anchor': {
    queue: QueueName.Maintenance,
    retry: RetryPresets.standard,
    schedule: { pattern: '*/5 * * * *', payload: {} },
  },
  housekeeping: {
    queue: QueueName.Maintenance,
    retry: RetryPresets.standard,
    schedule: { pattern: '15 3 * * *', payload: {} },
  },
  'deadline-warning': { queue: QueueName.Sla, retry: RetryPresets.alarm },
  overdue: { queue: QueueName.Sla, retry: RetryPresets.alarm },
  'sla-sweep': {
    queue: QueueName.Sla,
    retry: RetryPresets.alarm,
    schedule: { pattern: '* * * * *', payload: {} },
  },
  'hang-progress-due': { queue: QueueName.Sla, retry: RetryPresets.alarm },
  'hang-progress-sweep': {
    queue: QueueName.Sla,
    retry: RetryPresets.alarm,
    schedule: { pattern: '*/5 * * * *', payload: {} },
  },
  'recompute-provisional-clocks': { queue: QueueName.Sla, retry: RetryPresets.standard },
  'upstream-import': { queue: QueueName.Imports, retry: RetryPresets.standard },
  'shift-handover': {
    queue: QueueName.Roster,
    retry: RetryPresets.standard,
    schedule: { pattern: '*/5 * * * *', payload: {} },
  },
  'roster-generate': { queue: QueueName.Roster, retry: RetryPresets.solve },
  'outbox-deliver': { queue: QueueName.Outbox, retry: RetryPresets.delivery },
  'outbox-sweep': {
    queue: QueueName.Outbox,
    retry: RetryPresets.standard,
    schedule: { pattern: '* * * * *', payload: {} },
  },
  'stats-refresh': {
    queue: QueueName.Maintenance,
    retry: RetryPresets.standard,
    schedule: { pattern: '* * * * *', payload: {} },
  },
  // Daily checks rather than fixed dates: a street may count months from the 19th, and payment periods follow the
  // contract's start, so the handler decides whether a period ended yesterday.
  'monthly-ledger': {
    queue: QueueName.Reports,
    retry: RetryPresets.report,
    schedule: { pattern: '0 1 * * *', payload: { reportId: null } },
  },
  'analysis-report': { queue: QueueName.Reports, retry: RetryPresets.report },
  'fee-confirmation': {
    queue: QueueName.Reports,
    retry: RetryPresets.report,
    schedule: { pattern: '0 2 * * *', payload: { reportId: null } },
  },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];
