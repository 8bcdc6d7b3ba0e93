import type { UpstreamReport } from '../domain/index.js';

/**
 * The outbox's vocabulary and rules, pure: what a message is, what its state reads as, what a supervisor may do
 * with it, and when the queue tries again. Effects outside the desk go out through here (DESIGN §3 approve, Art. 15).
 */

/** Where a message goes: the 12345 platform, or the citizen's phone. */
export const OUTBOX_KINDS = ['platform', 'sms'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const OUTBOX_TOPICS = ['reply', 'return_request', 'extension_request', 'extension_notice'] as const;
export type OutboxTopic = UpstreamReport | 'extension_notice';

/**
 * `pending` waits for (or is in) a delivery job; `failed` had an attempt fail (the queue tries again while
 * `nextAttemptAt` is set); `manual` has no channel configured and waits for a person (the export file, a phone
 * call); `delivered`, `exported` and `done` (told by phone) are settled and never sent again.
 */
export const OUTBOX_STATUSES = ['pending', 'failed', 'delivered', 'manual', 'exported', 'done'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const SETTLED_STATUSES: readonly OutboxStatus[] = ['delivered', 'exported', 'done'];

export const OUTBOX_KIND_LABELS: Readonly<Record<OutboxKind, string>> = { platform: '报送平台', sms: '短信告知' };

export const OUTBOX_TOPIC_LABELS: Readonly<Record<OutboxTopic, string>> = {
  reply: '办结答复',
  return_request: '退单申请',
  extension_request: '延期申请',
  extension_notice: '延期告知',
};

/** What a status reads as; a message waiting for a person says what that person has to do. */
export function outboxStatusLabel(kind: OutboxKind, status: OutboxStatus): string {
  switch (status) {
    case 'pending':
      return '待发送';
    case 'failed':
      return '发送失败';
    case 'delivered':
      return '已送达';
    case 'manual':
      return kind === 'sms' ? '待电话告知' : '待导出';
    case 'exported':
      return '已导出';
    case 'done':
      return '已电话告知';
  }
}

/** A new message goes to the queue when its channel is configured, otherwise it waits for a person. */
export function initialOutboxStatus(channelConfigured: boolean): 'pending' | 'manual' {
  return channelConfigured ? 'pending' : 'manual';
}

/** How the outside system answered one attempt. */
export type DeliveryResult = { ok: true } | { ok: false; retryable: boolean; error: string };

/**
 * An HTTP status as a delivery result: 2xx delivered; timeouts, throttling and server errors may pass, so the
 * queue tries again; any other refusal (400, 401, 403, 404, 409, 422 …) will not change by itself, so it waits
 * for a supervisor.
 */
export function resultOfHttpStatus(status: number, body: string): DeliveryResult {
  if (status >= 200 && status < 300) return { ok: true };
  const retryable = status === 408 || status === 425 || status === 429 || status >= 500;
  const detail = body.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { ok: false, retryable, error: `HTTP ${status}${detail ? `：${detail}` : ''}` };
}

/**
 * After a failed attempt (the queue's `attempt`, 1-based, of at most `maxAttempts`): when the queue tries again,
 * or null when it will not (a refusal that will not change, or the last attempt) and a supervisor must retry.
 */
export function nextAttemptAt(args: {
  result: { retryable: boolean };
  attempt: number;
  maxAttempts: number;
  now: Date;
  backoffMs: (attemptsMade: number) => number;
}): Date | null {
  if (!args.result.retryable || args.attempt >= args.maxAttempts) return null;
  return new Date(args.now.getTime() + args.backoffMs(args.attempt));
}

export interface OutboxState {
  kind: OutboxKind;
  status: OutboxStatus;
  /** A delivery holds the message until this time (it is talking to the outside system). */
  claimedUntil: Date | null;
  updatedAt: Date;
  nextAttemptAt: Date | null;
}

export type OutboxCommand = 'retry' | 'mark_done';
export type CommandCheck = { ok: true } | { ok: false; code: string; message: string };

const isClaimed = (m: OutboxState, now: Date) => m.claimedUntil !== null && m.claimedUntil > now;

/** Whether a supervisor may retry a message or mark it told by phone now; the refusal's code and message if not. */
export function checkOutboxCommand(command: OutboxCommand, m: OutboxState, channelConfigured: boolean, now: Date): CommandCheck {
  if (command === 'mark_done' && m.kind !== 'sms') {
    return { ok: false, code: 'OUTBOX_NOT_CITIZEN_NOTICE', message: '只有告知市民的短信可以标记为“已电话告知”' };
  }
  if (SETTLED_STATUSES.includes(m.status)) {
    return { ok: false, code: 'OUTBOX_ALREADY_SETTLED', message: `该消息${outboxStatusLabel(m.kind, m.status)}，不会重复发送` };
  }
  if (isClaimed(m, now)) return { ok: false, code: 'OUTBOX_BUSY', message: '该消息正在发送，请稍后再试' };
  if (command === 'retry' && m.status === 'manual' && !channelConfigured) {
    return m.kind === 'sms'
      ? { ok: false, code: 'OUTBOX_CHANNEL_NOT_CONFIGURED', message: '未配置短信接口（SMS_WEBHOOK_URL），请电话告知市民后标记“已电话告知”' }
      : { ok: false, code: 'OUTBOX_CHANNEL_NOT_CONFIGURED', message: '未配置平台接口（PLATFORM_SYNC_URL），请通过导出文件报送平台' };
  }
  return { ok: true };
}

/**
 * What the periodic sweep does with a message: hand a pending one to the queue again when its enqueue was lost
 * (older than `graceMs`, nobody sending it), the same for a failed one whose retry is overdue, and send a waiting
 * one once its channel has been configured. Anything else is left alone.
 */
export function sweepAction(m: OutboxState, channelConfigured: boolean, now: Date, graceMs: number): 'enqueue' | 'promote' | null {
  if (isClaimed(m, now)) return null;
  const before = now.getTime() - graceMs;
  if (m.status === 'pending' && m.updatedAt.getTime() <= before) return 'enqueue';
  if (m.status === 'failed' && m.nextAttemptAt !== null && m.nextAttemptAt.getTime() <= before) return 'enqueue';
  if (m.status === 'manual' && channelConfigured) return 'promote';
  return null;
}
