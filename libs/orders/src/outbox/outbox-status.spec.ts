import { describe, expect, it } from '@jest/globals';
import {
  checkOutboxCommand,
  initialOutboxStatus,
  nextAttemptAt,
  OUTBOX_STATUSES,
  outboxStatusLabel,
  resultOfHttpStatus,
  sweepAction,
  type OutboxKind,
  type OutboxState,
  type OutboxStatus,
} from './outbox-status.js';

const NOW = new Date('2026-11-25T02:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const message = (over: Partial<OutboxState> = {}): OutboxState => ({
  kind: 'platform', status: 'pending', claimedUntil: null, updatedAt: ago(10 * 60_000), nextAttemptAt: null, ...over,
});

describe('outbox status labels', () => {
  it.each<[OutboxKind, OutboxStatus, string]>([
    ['platform', 'pending', '待发送'],
    ['platform', 'failed', '发送失败'],
    ['platform', 'delivered', '已送达'],
    ['platform', 'manual', '待导出'],
    ['platform', 'exported', '已导出'],
    ['sms', 'manual', '待电话告知'],
    ['sms', 'done', '已电话告知'],
    ['sms', 'delivered', '已送达'],
  ])('%s message %s reads %s', (kind, status, label) => {
    expect(outboxStatusLabel(kind, status)).toBe(label);
  });

  it('every status has a label for both kinds', () => {
    for (const status of OUTBOX_STATUSES) for (const kind of ['platform', 'sms'] as const) expect(outboxStatusLabel(kind, status)).toMatch(/\S/);
  });

  it.each([[true, 'pending'], [false, 'manual']])('a new message with its channel configured=%s starts %s', (configured, status) => {
    expect(initialOutboxStatus(configured)).toBe(status);
  });
});

describe('resultOfHttpStatus', () => {
  it.each([
    [200, '', { ok: true }],
    [204, '', { ok: true }],
    [500, 'Internal Server Error', { ok: false, retryable: true, error: 'HTTP 500：Internal Server Error' }],
    [503, '', { ok: false, retryable: true, error: 'HTTP 503' }],
    [429, 'slow down', { ok: false, retryable: true, error: 'HTTP 429：slow down' }],
    [408, '', { ok: false, retryable: true, error: 'HTTP 408' }],
    [400, '{"message":"工单编号不存在"}', { ok: false, retryable: false, error: 'HTTP 400：{"message":"工单编号不存在"}' }],
    [401, 'bad signature', { ok: false, retryable: false, error: 'HTTP 401：bad signature' }],
  ])('HTTP %i → %j', (status, body, expected) => {
    expect(resultOfHttpStatus(status, body)).toEqual(expected);
  });

  it('keeps at most 200 characters of the answer, on one line', () => {
    const error = (resultOfHttpStatus(502, `line\n${'x'.repeat(500)}`) as { error: string }).error;
    expect(error).toBe(`HTTP 502：line ${'x'.repeat(195)}`);
  });
});

describe('nextAttemptAt', () => {
  const backoffMs = (n: number) => 30_000 * 2 ** (n - 1);
  it.each([
    ['a retryable failure on attempt 1 of 8', true, 1, NOW.getTime() + 30_000],
    ['a retryable failure on attempt 3 of 8', true, 3, NOW.getTime() + 120_000],
    ['a retryable failure on the last attempt', true, 8, null],
    ['a refusal that will not change', false, 1, null],
  ])('when %s, then the next attempt is %s', (_case, retryable, attempt, expected) => {
    const at = nextAttemptAt({ result: { retryable }, attempt, maxAttempts: 8, now: NOW, backoffMs });
    expect(at?.getTime() ?? null).toBe(expected);
  });
});

describe('checkOutboxCommand', () => {
  it.each<[string, 'retry' | 'mark_done', Partial<OutboxState>, boolean, string | null]>([
    ['retry a failed platform message', 'retry', { status: 'failed' }, true, null],
    ['retry a pending message stuck in the queue', 'retry', { status: 'pending' }, true, null],
    ['retry a waiting message once the channel is configured', 'retry', { status: 'manual' }, true, null],
    ['retry a waiting message without a channel', 'retry', { status: 'manual' }, false, 'OUTBOX_CHANNEL_NOT_CONFIGURED'],
    ['retry a delivered message', 'retry', { status: 'delivered' }, true, 'OUTBOX_ALREADY_SETTLED'],
    ['retry an exported reply', 'retry', { status: 'exported' }, true, 'OUTBOX_ALREADY_SETTLED'],
    ['retry a message being sent now', 'retry', { status: 'failed', claimedUntil: new Date(NOW.getTime() + 1000) }, true, 'OUTBOX_BUSY'],
    ['retry a message whose sender died (lease over)', 'retry', { status: 'pending', claimedUntil: ago(1000) }, true, null],
    ['mark an SMS waiting for a call as told', 'mark_done', { kind: 'sms', status: 'manual' }, false, null],
    ['mark a failed SMS as told by phone', 'mark_done', { kind: 'sms', status: 'failed' }, true, null],
    ['mark a delivered SMS as told', 'mark_done', { kind: 'sms', status: 'delivered' }, true, 'OUTBOX_ALREADY_SETTLED'],
    ['mark an SMS told twice', 'mark_done', { kind: 'sms', status: 'done' }, false, 'OUTBOX_ALREADY_SETTLED'],
    ['mark a platform message as told by phone', 'mark_done', { kind: 'platform', status: 'manual' }, false, 'OUTBOX_NOT_CITIZEN_NOTICE'],
  ])('when a supervisor tries to %s, then %s', (_case, command, over, configured, code) => {
    const check = checkOutboxCommand(command, message(over), configured, NOW);
    expect(check.ok ? null : check.code).toBe(code);
    if (!check.ok) expect(check.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('sweepAction', () => {
  const GRACE = 60_000;
  it.each<[string, Partial<OutboxState>, boolean, 'enqueue' | 'promote' | null]>([
    ['a pending message older than the grace (its enqueue was lost)', { status: 'pending', updatedAt: ago(61_000) }, true, 'enqueue'],
    ['a pending message just written (its after-commit enqueue is under way)', { status: 'pending', updatedAt: ago(5_000) }, true, null],
    ['a pending message being sent', { status: 'pending', claimedUntil: new Date(NOW.getTime() + 5_000) }, true, null],
    ['a failed message whose retry is overdue', { status: 'failed', nextAttemptAt: ago(2 * 60_000) }, true, 'enqueue'],
    ['a failed message whose retry is still ahead', { status: 'failed', nextAttemptAt: new Date(NOW.getTime() + 60_000) }, true, null],
    ['a failed message the queue gave up on', { status: 'failed', nextAttemptAt: null }, true, null],
    ['a waiting message whose channel is now configured', { status: 'manual' }, true, 'promote'],
    ['a waiting message without a channel', { status: 'manual' }, false, null],
    ['a delivered message', { status: 'delivered' }, true, null],
    ['an exported reply', { status: 'exported' }, true, null],
  ])('when the sweep finds %s, then %s', (_case, over, configured, expected) => {
    expect(sweepAction(message(over), configured, NOW, GRACE)).toBe(expected);
  });
});
