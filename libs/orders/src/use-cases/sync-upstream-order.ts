import { placeKeyOf } from '@app/address';
import { Inject, Injectable } from '@nestjs/common';
import { maskFreeTextFields, maskName, maskPhone } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { returnedRows, type Tx } from '@app/database';
import { CitizenPii } from '../pii/citizen-pii.js';
import { OrderRepository, versionConflict } from '../persistence/order.repository.js';
import type { OrderRow } from '../persistence/order-row.js';
import { OrderClocks } from '../sla/order-clocks.js';
import { IntakeHooks } from './intake-hooks.js';
import type { IntakeOrderInput } from './intake-order.use-case.js';
import { roomsForOrder } from './order-rooms.js';
import { ReferenceLookup } from './reference-lookup.js';

/** The platform-owned fields of an order, as an export or the API sends them again. */
const SYNCED = ['channel', 'receivedAt', 'citizenName', 'citizenPhone', 'address', 'type', 'urgency', 'category', 'content', 'upstreamDueAt'] as const;
type SyncedField = (typeof SYNCED)[number];

/**
 * The platform sent an order the desk already has (same 工单编号): compare the platform's fields and, if any
 * changed, write them with the version check, a timeline entry naming the changed fields and an audit record.
 * Identical data changes nothing — re-importing a file is a no-op.
 */
@Injectable()
export class SyncUpstreamOrder {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly hooks: IntakeHooks,
    private readonly clocks: OrderClocks,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  changedFields(row: OrderRow, input: IntakeOrderInput): SyncedField[] {
    const time = (v: Date | string | null | undefined) => (v ? new Date(v).getTime() : null);
    const same: Record<SyncedField, boolean> = {
      channel: row.channel === input.channel,
      receivedAt: time(row.received_at) === time(input.receivedAt),
      citizenName: (this.pii.decrypt(row.citizen_name_enc) ?? '') === (input.citizenName ?? ''),
      citizenPhone: row.citizen_phone_hash === this.pii.phoneHash(input.citizenPhone),
      address: row.address === input.address,
      type: row.type === input.type,
      urgency: row.urgency === input.urgency,
      category: (row.category_path ?? null) === (input.category ?? null),
      content: row.content === input.content,
      upstreamDueAt: time(row.upstream_due_at) === time(input.upstreamDueAt),
    };
    return SYNCED.filter((f) => !same[f]);
  }

  async applyIn(t: Tx, row: OrderRow, input: IntakeOrderInput, changed: readonly SyncedField[], source: string): Promise<OrderRow> {
    const street = t.actor.streetCode;
    const resolver = this.hooks.communityResolver;
    const communityId = changed.includes('address')
      ? resolver
        ? await resolver.communityFor(t.manager, street, input.address)
        : await ReferenceLookup.communityByAddress(t.manager, street, input.address)
      : row.community_id;
    const [updated] = returnedRows<OrderRow>(
      await t.manager.query(
        `UPDATE work_order SET channel = $3, received_at = $4, citizen_name_enc = $5, citizen_phone_enc = $6, citizen_phone_hash = $7,
                address = $8, community_id = $9, type = $10, urgency = $11, category_path = $12, content = $13, upstream_due_at = $14,
                updated_at = $15, place_key = $16, version = version + 1
          WHERE id = $1 AND version = $2 RETURNING *`,
        [
          row.id, row.version, input.channel, new Date(input.receivedAt), this.pii.encrypt(input.citizenName), this.pii.encrypt(input.citizenPhone),
          this.pii.phoneHash(input.citizenPhone), input.address, communityId, input.type, input.urgency, input.category ?? null, input.content,
          input.upstreamDueAt ? new Date(input.upstreamDueAt) : null, t.now, placeKeyOf(input.address),
        ],
      ),
    );
    if (!updated) throw versionConflict(row.id, row.version);
    // A moved platform limit can end (or start) the order's 超期 for that limit while it waits at the desk.
    if (changed.includes('upstreamDueAt')) await this.clocks.refreshClockFlags(t.manager, row.id, t.now);
    await OrderRepository.appendEvent(t.manager, street, {
      orderId: row.id, action: 'upstream_update', actorId: t.actor.id, actorRole: t.actor.role, actorUnitId: t.actor.unitId,
      at: t.now, fromStatus: row.status, toStatus: row.status, payload: { source, changedFields: changed },
    });
    t.audit({
      action: 'order.upstream_update', entityType: 'order', entityId: row.id,
      before: { version: row.version, changedFields: changed },
      after: maskFreeTextFields({
        version: updated.version, ...pickInput(input, changed),
        ...(changed.includes('citizenName') ? { citizenName: maskName(input.citizenName) } : {}),
        ...(changed.includes('citizenPhone') ? { citizenPhone: maskPhone(input.citizenPhone) } : {}),
      }, { names: [input.citizenName], phones: [input.citizenPhone] }),
    });
    t.emit('order.changed', roomsForOrder(updated), {
      orderId: row.id, version: updated.version, status: updated.status, upstreamNo: updated.upstream_no, orderNo: updated.upstream_no ?? updated.local_no, action: 'upstream_update',
    });
    return updated;
  }
}

function pickInput(input: IntakeOrderInput, fields: readonly SyncedField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f !== 'citizenName' && f !== 'citizenPhone') out[f] = input[f];
  return out;
}
