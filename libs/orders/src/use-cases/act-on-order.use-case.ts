import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/database';
import { BadRequestError, NotFoundError, ValidationError } from '@app/errors';
import type { SessionActor } from '@app/auth';
import { decide, isOrderAction, isOrderInScope, ORDER_ACTIONS, type OrderActor } from '../domain/index.js';
import { OrderRepository, versionConflict } from '../persistence/order.repository.js';
import { snapshotOf, type OrderRow } from '../persistence/order-row.js';
import { enrichActionInput } from './action-enrichment.js';
import { ATTACHMENT_FIELDS, AttachmentRefs } from './attachment-refs.js';
import { toDomainError } from './decision-errors.js';
import { OrderEffectsRunner } from './order-effects.runner.js';
import { roomsForOrder } from './order-rooms.js';
import { ReferenceLookup } from './reference-lookup.js';
import { ReviewChecklistSource } from './review-checklist-source.js';
import { OrderActors } from './order-actors.js';

/** The order actor the rules see; operators may dispatch only when their shift grants it (the roster decides). */
export function orderActorOf(actor: SessionActor, mayDispatch = false): OrderActor {
  return { id: actor.id, role: actor.role, unitId: actor.unitId, mayDispatch };
}

/**
 * `POST /api/orders/:id/actions/:action` — every lifecycle action of DESIGN §3 through the one state machine:
 * scope, permission, state and rules are the domain's answer; the version check makes concurrent actions on one
 * order serialise into one winner and 409s.
 */
@Injectable()
export class ActOnOrder {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly effects: OrderEffectsRunner,
    private readonly actors: OrderActors,
  ) {}

  async execute(actor: SessionActor, orderId: string, action: string, body: Record<string, unknown>): Promise<{ id: string; version: number; status: string }> {
    if (!isOrderAction(action)) {
      throw new BadRequestError('ORDER_UNKNOWN_ACTION', `未知的工单操作“${action}”`, { allowed: ORDER_ACTIONS });
    }
    const version = body.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new ValidationError([{ field: 'version', message: '请提供工单当前版本号（整数）' }]);
    }
    return this.tx.run(actor, async (t) => {
      const row = await OrderRepository.find(t.manager, actor.streetCode, orderId);
      const orderActor = await this.actors.at(actor, t.now, t.manager);
      if (!row || !isOrderInScope(snapshotOf(row), orderActor)) throw new NotFoundError('ORDER_NOT_FOUND', '工单不存在', { orderId });
      if (row.version !== version) throw versionConflict(orderId, version);

      const input = await enrichActionInput(t.manager, { streetCode: actor.streetCode, actorId: actor.id, orderId }, action, body);
      const ctx = {
        communityDutyCategories: await ReferenceLookup.communityDutyCategories(t.manager, actor.streetCode),
        // Reviews are judged against the admin's current checklist, not the built-in defaults (DESIGN §6).
        ...(action === 'approve' || action === 'reject'
          ? { reviewChecklist: await ReviewChecklistSource.active(t.manager, actor.streetCode, t.now) }
          : {}),
      };
      const result = decide(snapshotOf(row), action, input, orderActor, t.now, ctx);
      if (!result.ok) throw toDomainError(result.error);
      const decision = result.decision;

      const extra: Record<string, unknown> = {};
      if (action === 'reply' || action === 'answer') extra.reply = { ...decision.input, at: t.now, byId: actor.id };
      const updated = await OrderRepository.applyChanges(t.manager, orderId, version, decision.changes, extra, t.now);
      await OrderRepository.appendEvent(t.manager, actor.streetCode, decision.event);
      const fileField = ATTACHMENT_FIELDS[action];
      if (fileField) await AttachmentRefs.link(t.manager, orderId, body[fileField]);
      await this.effects.apply(t, updated, decision);

      t.audit({
        action: `order.${action}`,
        entityType: 'order',
        entityId: orderId,
        before: pick(row, decision.changes),
        after: { ...pick(updated, decision.changes), payload: decision.event.payload },
      });
      t.emit('order.changed', roomsForOrder(updated), {
        orderId, version: updated.version, status: updated.status, upstreamNo: updated.upstream_no, action,
      });
      return { id: orderId, version: updated.version, status: updated.status };
    });
  }
}

/** The changed fields (and version) of a row, for the audit record's before/after. */
function pick(row: OrderRow, changes: object): Record<string, unknown> {
  const snapshot = snapshotOf(row) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { version: row.version };
  for (const key of Object.keys(changes)) out[key] = snapshot[key];
  return out;
}
