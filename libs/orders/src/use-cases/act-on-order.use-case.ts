import { Injectable } from '@nestjs/common';
import { TransactionRunner, type Tx } from '@app/database';
import { BadRequestError, ValidationError } from '@app/errors';
import type { SessionActor } from '@app/auth';
import { decide, isOrderAction, ORDER_ACTIONS, refusalOfRole } from '../domain/index.js';
import { versionConflict } from '../persistence/order.repository.js';
import { snapshotOf } from '../persistence/order-row.js';
import type { ClockStop } from '../sla/order-clocks.js';
import { OrderWriter } from '../writer/order-writer.js';
import { enrichActionInput } from './action-enrichment.js';
import { ATTACHMENT_FIELDS, AttachmentRefs } from './attachment-refs.js';
import { toDomainError } from './decision-errors.js';
import { OrderActors } from './order-actors.js';
import { OrderEffectsRunner } from './order-effects.runner.js';
import { ReferenceLookup } from './reference-lookup.js';
import { ReviewChecklistSource } from './review-checklist-source.js';

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
    private readonly writer: OrderWriter,
  ) {}

  async execute(actor: SessionActor, orderId: string, action: string, body: Record<string, unknown>): Promise<{ id: string; version: number; status: string }> {
    return this.tx.run(actor, (t) => this.executeIn(t, actor, orderId, action, body));
  }

  /** The action inside the caller's transaction (a duplicate's merge and its record on the master commit together). */
  async executeIn(t: Tx, actor: SessionActor, orderId: string, action: string, body: Record<string, unknown>): Promise<{ id: string; version: number; status: string }> {
    if (!isOrderAction(action)) {
      throw new BadRequestError('ORDER_UNKNOWN_ACTION', `未知的工单操作“${action}”`, { allowed: ORDER_ACTIONS });
    }
    const row = await this.writer.load(t, orderId);
    const orderActor = await this.actors.at(actor, t.now, t.manager);
    // Who may act comes first: a role that may never take this action learns nothing from a version or field check.
    const refusal = refusalOfRole(action, snapshotOf(row), orderActor);
    if (refusal) throw toDomainError(refusal);
    const version = body.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new ValidationError([{ field: 'version', message: '请提供工单当前版本号（整数）' }]);
    }
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

    const updated = await this.writer.change(t, row, {
      version,
      changes: decision.changes,
      reply: action === 'reply' || action === 'answer' ? { ...decision.input, at: t.now, byId: actor.id } : undefined,
      event: { action, payload: decision.event.payload, toStatus: decision.event.toStatus },
      effects: async (changed) => {
        const fileField = ATTACHMENT_FIELDS[action];
        if (fileField) await AttachmentRefs.link(t.manager, orderId, body[fileField]);
        const stops = await this.effects.apply(t, changed, decision);
        return stops.length ? { clocks: stops.map(clockStopView) } : undefined;
      },
    });
    return { id: orderId, version: updated.version, status: updated.status };
  }
}

/** How a clock stopped, as the timeline records it (DESIGN §4: overdue per clock). */
function clockStopView(stop: ClockStop): Record<string, unknown> {
  const lateMinutes = stop.late ? Math.round((stop.stoppedAt.getTime() - stop.dueAt.getTime()) / 60_000) : 0;
  return { clock: stop.clock, outcome: stop.outcome, dueAt: stop.dueAt, stoppedAt: stop.stoppedAt, late: stop.late, lateMinutes };
}
