import { randomUUID } from 'node:crypto';
import { placeKeyOf } from '@app/address';
import { maskFreeTextFields, maskName, maskPhone, type Actor } from '@app/access';
import type { AuditEntry } from '@app/audit';
import { ConflictError } from '@app/errors';
import type { CitizenPii } from '../pii/citizen-pii.js';
import type { NewOrderValues } from '../persistence/new-orders.js';
import type { OrderRow } from '../persistence/order-row.js';
import type { TimelineRecord } from '../persistence/order.repository.js';
import type { IntakeSource } from './intake-hooks.js';
import type { IntakeOrderInput } from './intake-order.use-case.js';

/**
 * What one intake writes, as plain values: the single path (IntakeOrder.createIn) and the batch path
 * (IntakeOrderBatch.createManyIn) build their rows, timeline entries and audit records here, so both write the same.
 */

/** A refused reference, named by the input's field (the import maps it to the platform's column). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The category and community the input names must exist in the street; answered by the caller's lookups. */
export async function referenceProblems(
  input: IntakeOrderInput,
  exists: { category(path: string): Promise<boolean> | boolean; community(id: string): Promise<boolean> | boolean },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (input.category && !(await exists.category(input.category))) problems.push({ field: 'category', message: `问题分类“${input.category}”不存在` });
  if (input.communityId && !(await exists.community(input.communityId))) problems.push({ field: 'communityId', message: '所属社区不存在' });
  return problems;
}

export function upstreamNoTaken(upstreamNo: string, orderId: string): ConflictError {
  return new ConflictError('ORDER_DUPLICATE_UPSTREAM_NO', `工单编号 ${upstreamNo} 已存在`, { orderId });
}

/** The new row's values; `id` names an order made before its row (see IntakeDraft), else a new one is drawn. */
export function newOrderValues(pii: CitizenPii, input: IntakeOrderInput, communityId: string | null, localNo: string | null, actor: Actor, now: Date, id: string = randomUUID()): NewOrderValues {
  return {
    id, placeKey: placeKeyOf(input.address), streetCode: actor.streetCode, upstreamNo: input.upstreamNo ?? null, localNo, channel: input.channel, receivedAt: new Date(input.receivedAt),
    citizenNameEnc: pii.encrypt(input.citizenName), citizenPhoneEnc: pii.encrypt(input.citizenPhone), citizenPhoneHash: pii.phoneHash(input.citizenPhone),
    address: input.address, communityId, type: input.type, urgency: input.urgency, categoryPath: input.category ?? null, content: input.content,
    upstreamDueAt: input.upstreamDueAt ? new Date(input.upstreamDueAt) : null, assessment: input.assessment, tags: input.tags, createdBy: actor.id, at: now,
  };
}

export function createdEvent(row: OrderRow, input: IntakeOrderInput, source: IntakeSource, actor: Actor, now: Date): TimelineRecord {
  return {
    orderId: row.id, action: 'create', actorId: actor.id, actorRole: actor.role, actorUnitId: actor.unitId,
    at: now, fromStatus: null, toStatus: 'new', payload: { channel: input.channel, source },
  };
}

/**
 * "Sign within 30 min" counts from the platform's receipt (DESIGN §4), not from when the desk saw the order: an order
 * imported or pushed days late is overdue at once, and the sweep raises it. Never in the future.
 */
export function intakeClockStart(input: IntakeOrderInput, now: Date): Date {
  const receivedAt = new Date(input.receivedAt);
  return receivedAt < now ? receivedAt : now;
}

export function createdAudit(row: OrderRow, input: IntakeOrderInput, source: IntakeSource, communityId: string | null): AuditEntry {
  return {
    action: 'order.create', entityType: 'order', entityId: row.id,
    // The trail keeps no personal data in clear: the caller's fields masked, and so is whatever the content spells.
    after: maskFreeTextFields(
      { ...input, source, citizenName: maskName(input.citizenName), citizenPhone: maskPhone(input.citizenPhone), communityId },
      { names: [input.citizenName], phones: [input.citizenPhone] },
    ),
  };
}
