import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError } from '@app/errors';
import { OutboxChannels } from './outbox-channels.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { OutboxRepository, outboxState, type OutboxRow } from './outbox.repository.js';
import { checkOutboxCommand, type OutboxCommand } from './outbox-status.js';
import { outboxStateView } from './outbox-views.js';

/** What supervisors do with the outbox: send a failed message again, or record that the citizen was told by phone. */
@Injectable()
export class OutboxCommands {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly channels: OutboxChannels,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** Back to the queue in a new round; the attempts so far stay counted. */
  retry(actor: SessionActor, id: string) {
    return this.tx.run(actor, async (t) => {
      const row = await this.checked(t.manager, actor, id, 'retry', t.now);
      const round = await OutboxRepository.requeue(t.manager, id, ['pending', 'failed', 'manual'], t.now);
      t.audit({
        action: 'outbox.retry', entityType: 'outbox_message', entityId: id,
        before: { status: row.status, attempts: row.attempts, lastError: row.last_error }, after: { status: 'pending', round, orderId: row.order_id },
      });
      t.afterCommit(() => this.dispatcher.enqueue(id, round!));
      return outboxStateView((await OutboxRepository.find(t.manager, id))!, { withError: true });
    });
  }

  /** 待电话告知 → 已电话告知: a supervisor called the citizen instead of the SMS (Art. 15 is met either way). */
  markDone(actor: SessionActor, id: string, note: string | undefined) {
    return this.tx.run(actor, async (t) => {
      const row = await this.checked(t.manager, actor, id, 'mark_done', t.now);
      await t.manager.query(
        `UPDATE outbox_message SET status = 'done', done_at = $2, done_by = $3, done_note = $4, next_attempt_at = NULL, updated_at = $2 WHERE id = $1`,
        [id, t.now, actor.id, note ?? null],
      );
      t.audit({
        action: 'outbox.mark_done', entityType: 'outbox_message', entityId: id,
        before: { status: row.status }, after: { status: 'done', method: 'phone', note: note ?? null, orderId: row.order_id },
      });
      return outboxStateView((await OutboxRepository.find(t.manager, id))!, { withError: true });
    });
  }

  private async checked(m: Parameters<typeof OutboxRepository.find>[0], actor: SessionActor, id: string, command: OutboxCommand, now: Date): Promise<OutboxRow> {
    const row = await OutboxRepository.find(m, id, { streetCode: actor.streetCode, lock: true });
    if (!row) throw new NotFoundError('OUTBOX_NOT_FOUND', '消息不存在', { id });
    const check = checkOutboxCommand(command, outboxState(row), this.channels.configured(row.kind), now);
    if (!check.ok) throw new ConflictError(check.code, check.message, { id, status: row.status });
    return row;
  }
}
