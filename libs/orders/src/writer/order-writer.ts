import { Inject, Injectable } from '@nestjs/common';
import { maskFreeTextFields, type Actor } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Tx } from '@app/database';
import { NotFoundError } from '@app/errors';
import { isOrderInScope, type OrderChanges, type OrderStatus } from '../domain/index.js';
import { CitizenPii } from '../pii/citizen-pii.js';
import { knownCitizen } from '../pii/known-citizen.js';
import { OrderRepository } from '../persistence/order.repository.js';
import { snapshotOf, type OrderRow } from '../persistence/order-row.js';
import { orderActorOf } from '../use-cases/order-actors.js';
import { roomsForOrder } from '../use-cases/order-rooms.js';

/**
 * The lifecycle's changes plus the intake attributes a desk correction may touch (community, category). Identity
 * and personal data change only through intake and the platform's sync.
 */
export type OrderFieldChanges = OrderChanges & { communityId?: string | null; categoryPath?: string | null };

export interface OrderChange {
  /** The version the caller read; another version means someone acted first: 409 ORDER_VERSION_CONFLICT. */
  readonly version: number;
  readonly changes: OrderFieldChanges;
  /** The reply as submitted (reply, answer): stored with the order for review and the platform. */
  readonly reply?: Record<string, unknown>;
  /** The timeline entry; its status defaults to the order's before and after the change. */
  readonly event: { readonly action: string; readonly payload: Readonly<Record<string, unknown>>; readonly toStatus?: OrderStatus };
  /**
   * Runs after the write and before the timeline entry (the state machine's effects); what it returns is added to
   * the entry's payload (how the clocks it stopped ended).
   */
  readonly effects?: (updated: OrderRow) => Promise<Record<string, unknown> | void>;
  /** The audit record's action (default `order.<event action>`) and what it adds to before/after. */
  readonly audit?: { readonly action?: string; readonly before?: Record<string, unknown>; readonly after?: Record<string, unknown> };
}

/**
 * The one door for changing an order (DESIGN §2: the timeline is the order's audit trail). Every module that changes
 * an order — the lifecycle actions, the desk's classification corrections, exclusions — comes here, so each change
 * checks the version, moves it, lands on the timeline, in the audit trail and on the desk's screens the same way.
 * Only `libs/orders` writes the order tables (an architecture test enforces it).
 */
@Injectable()
export class OrderWriter {
  private readonly pii: CitizenPii;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pii = new CitizenPii(config.piiKey);
  }

  /**
   * The order as the transaction's actor may see it, or 404 without revealing that it exists. `lock` holds the row
   * until commit, for changes whose checks read more than the version (a pending request's state).
   */
  async load(t: Tx, orderId: string, options: { lock?: boolean } = {}): Promise<OrderRow> {
    return visibleOrNotFound(await OrderRepository.find(t.manager, t.actor.streetCode, orderId, options.lock === true), t.actor, orderId);
  }

  async change(t: Tx, order: OrderRow, change: OrderChange): Promise<OrderRow> {
    const updated = await OrderRepository.applyChanges(
      t.manager, order.id, change.version, change.changes, change.reply ? { reply: change.reply } : {}, t.now,
    );
    const extra = (await change.effects?.(updated)) ?? {};
    const payload = { ...change.event.payload, ...extra };
    await this.appendEvent(t, order, change.event.action, payload, change.event.toStatus ?? updated.status);
    const masked = this.auditMask(order);
    t.audit({
      action: change.audit?.action ?? `order.${change.event.action}`,
      entityType: 'order',
      entityId: order.id,
      before: masked({ ...fieldsOf(order, change.changes), version: order.version, ...change.audit?.before }),
      after: masked({ ...fieldsOf(updated, change.changes), version: updated.version, payload, ...change.audit?.after }),
    });
    this.announce(t, updated, change.event.action);
    return updated;
  }

  /** A fact about the order that changes none of its fields (an exclusion request filed): timeline, audit, screens. */
  async record(t: Tx, order: OrderRow, action: string, payload: Record<string, unknown>, audit?: { action: string; after?: Record<string, unknown> }): Promise<void> {
    await this.appendEvent(t, order, action, payload, order.status);
    t.audit({ action: audit?.action ?? `order.${action}`, entityType: 'order', entityId: order.id, after: this.auditMask(order)({ ...payload, ...audit?.after }) });
    this.announce(t, order, action);
  }

  /**
   * The append-only trail keeps no personal data in clear (issue 13): numbers and the caller's name typed into a
   * reply, a contact summary or a note are masked there. The timeline keeps the words for those entitled to them.
   */
  private auditMask(order: OrderRow): (record: Record<string, unknown>) => Record<string, unknown> {
    const known = knownCitizen(order, this.pii);
    return (record) => maskFreeTextFields(record, known);
  }

  private async appendEvent(t: Tx, order: OrderRow, action: string, payload: Readonly<Record<string, unknown>>, toStatus: OrderStatus): Promise<void> {
    const actor = t.actor;
    await OrderRepository.appendEvent(t.manager, order.street_code, {
      orderId: order.id, action, actorId: actor.id, actorRole: actor.role, actorUnitId: actor.unitId, at: t.now,
      fromStatus: order.status, toStatus, payload,
    });
  }

  private announce(t: Tx, order: OrderRow, action: string): void {
    t.emit('order.changed', roomsForOrder(order), {
      orderId: order.id, version: order.version, status: order.status, upstreamNo: order.upstream_no, orderNo: order.upstream_no ?? order.local_no, action,
    });
  }
}

/** The order if `actor` may see it; otherwise 404, never revealing that it exists (DESIGN §1 data scope). */
export function visibleOrNotFound(row: OrderRow | undefined, actor: Actor, orderId: string): OrderRow {
  if (!row || !isRowInScope(row, actor)) throw new NotFoundError('ORDER_NOT_FOUND', '工单不存在', { orderId });
  return row;
}

/** The detail view's scope (DESIGN §1), for every part that lists orders beside the one being read. */
export function isRowInScope(row: OrderRow, actor: Actor): boolean {
  if (actor.role === 'system') return true;
  if (actor.role === 'anonymous' || actor.id === null) return false;
  return isOrderInScope(snapshotOf(row), orderActorOf({ id: actor.id, role: actor.role, unitId: actor.unitId }));
}

/** The changed fields as the snapshot names them (and the intake attributes), for the audit record. */
function fieldsOf(row: OrderRow, changes: OrderFieldChanges): Record<string, unknown> {
  const snapshot = { ...snapshotOf(row), categoryPath: row.category_path, communityId: row.community_id } as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.keys(changes).map((key) => [key, snapshot[key]]));
}
