import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { dataScopeOf } from '@app/access';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { allowedActions, blockedActions, CHANNELS, ORDER_CLOCKS, ORDER_STATUSES, ORDER_TYPES, UPSTREAM_LIMIT_ALARM, URGENCIES } from '../domain/index.js';
import { CitizenPii } from '../pii/citizen-pii.js';
import { OrderRepository } from '../persistence/order.repository.js';
import { snapshotOf, type OrderRow } from '../persistence/order-row.js';
import { OrderClocks } from '../sla/order-clocks.js';
import { OrderDetailParts } from './order-detail-parts.js';
import { OrderActors } from './order-actors.js';
import { visibleOrNotFound } from '../writer/order-writer.js';
import { orderSearchClause } from './order-search.js';
import { freeTextFor, orderDetail, orderSummary, type FreeTextOwner } from './order-views.js';
import { ReferenceLookup } from './reference-lookup.js';

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z.string().transform((v) => v.split(',').filter(Boolean)).pipe(z.array(z.enum(values)));

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();

const SORTS = { receivedAt: 'received_at', unitDueAt: 'unit_due_at', updatedAt: 'updated_at', upstreamDueAt: 'upstream_due_at' } as const;

export const OrderListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.string().regex(/^-?(receivedAt|unitDueAt|updatedAt|upstreamDueAt)$/, '可排序字段：receivedAt、unitDueAt、updatedAt、upstreamDueAt，前加 - 为倒序').default('-receivedAt'),
  status: csv(ORDER_STATUSES).optional(),
  type: csv(ORDER_TYPES).optional(),
  urgency: csv(URGENCIES).optional(),
  channel: csv(CHANNELS).optional(),
  /** A category path or any prefix of it, by whole segments: 城乡建设/物业管理 matches 城乡建设/物业管理/物业服务. */
  category: z.string().trim().min(1).max(200).optional(),
  communityId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Orders whose given clock is running past due (sign, contact, unitReply, review). */
  overdueClock: z.enum([...ORDER_CLOCKS, UPSTREAM_LIMIT_ALARM]).optional(),
  /** Some running clock is past its warning time (25% left, DESIGN §4) but not yet due: 临近时限. */
  nearDue: flag,
  /** Only orders whose given clock is near due in that sense. */
  nearDueClock: z.enum(ORDER_CLOCKS).optional(),
  /** Orders whose given clock runs (started, not stopped): `contact` is a unit's 待联系 queue. */
  runningClock: z.enum(ORDER_CLOCKS).optional(),
  /** 接收: by the caller's own unit for unit staff, by the lead unit for the street (`false` + dispatched = 待接收). */
  acknowledged: flag,
  /** Sent back for rework at least once (初审驳回 or 重办). */
  reworked: flag,
  /** A unit's 延期申请 waits for the supervisor's decision. */
  extensionPending: flag,
  q: z.string().trim().min(1).max(100).optional(),
  /**
   * Received from/to: an instant with its offset (`to` exclusive), or a Beijing day (`2026-11-30`, both ends
   * included) — the statistics' periods are days, and a figure's drill-down must list exactly its orders.
   */
  from: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  to: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;

/** A Beijing day's first instant (`end`: the next day's, the exclusive end of an inclusive day range). */
function instantOf(value: string, end: boolean): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  const start = new Date(`${value}T00:00:00+08:00`);
  return end ? new Date(start.getTime() + 86_400_000) : start;
}

/** Reading orders: queues and search (lists, always masked) and the detail page (timeline, clocks, allowed actions). */
@Injectable()
export class OrderQueries {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly clocks: OrderClocks,
    private readonly parts: OrderDetailParts,
    private readonly actors: OrderActors,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async list(actor: SessionActor, q: OrderListQuery) {
    const where = ['o.street_code = $1'];
    const params: unknown[] = [actor.streetCode];
    const add = (sql: string, ...values: unknown[]) => {
      let clause = sql;
      for (const value of values) {
        params.push(value);
        clause = clause.replace('?', `$${params.length}`);
      }
      where.push(clause);
    };
    const scope = dataScopeOf(actor);
    if (scope.kind === 'none') add('false');
    if (scope.kind === 'unit') add('(o.lead_unit_id = ? OR ? = ANY(o.co_unit_ids) OR ? = ANY(o.former_unit_ids))', scope.unitId, scope.unitId, scope.unitId);
    if (q.status?.length) add('o.status = ANY(?)', q.status);
    if (q.type?.length) add('o.type = ANY(?)', q.type);
    if (q.urgency?.length) add('o.urgency = ANY(?)', q.urgency);
    if (q.channel?.length) add('o.channel = ANY(?)', q.channel);
    if (q.category) add("(o.category_path = ? OR o.category_path LIKE ? ESCAPE '\\')", q.category, `${q.category.replace(/[\\%_]/g, (c) => '\\' + c)}/%`);
    if (q.communityId) add('o.community_id = ?', q.communityId);
    if (q.unitId) add('(o.lead_unit_id = ? OR ? = ANY(o.co_unit_ids))', q.unitId, q.unitId);
    if (q.overdue !== undefined) add('o.overdue = ?', q.overdue);
    if (q.overdueClock) add('? = ANY(o.overdue_clocks)', q.overdueClock);
    this.addQueueFilters(q, scope.kind === 'unit' ? scope.unitId : null, add);
    if (q.from) add('o.received_at >= ?', instantOf(q.from, false));
    if (q.to) add('o.received_at < ?', instantOf(q.to, true));
    if (q.q) {
      const search = orderSearchClause(q.q, actor, this.pii);
      add(search.sql, ...search.values);
    }
    const descending = q.sort.startsWith('-');
    const column = SORTS[q.sort.replace(/^-/, '') as keyof typeof SORTS];
    const clause = where.join(' AND ');
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM work_order o WHERE ${clause}`, params)) as { total: number }[];
    const rows = (await this.dataSource.query(
      `SELECT o.* FROM work_order o WHERE ${clause}
        ORDER BY o.${column} ${descending ? 'DESC' : 'ASC'} NULLS LAST, o.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    )) as OrderRow[];
    const names = await ReferenceLookup.names(this.dataSource.manager, actor.streetCode);
    return { items: rows.map((r) => orderSummary(r, actor, this.pii, names)), total, page: q.page, pageSize: q.pageSize };
  }

  /** The filters behind the work queues of the home pages (待接收, 待联系, 临近时限, 驳回重办, 延期待审批). */
  private addQueueFilters(q: OrderListQuery, ownUnitId: string | null, add: (sql: string, ...values: unknown[]) => void): void {
    const running = 'SELECT 1 FROM order_clock c WHERE c.order_id = o.id AND c.stopped_at IS NULL';
    if (q.runningClock) add(`EXISTS (${running} AND c.kind = ?)`, q.runningClock);
    if (q.nearDue !== undefined || q.nearDueClock) {
      const now = this.clock.now();
      if (q.nearDueClock) add(`EXISTS (${running} AND c.kind = ? AND c.warn_at <= ? AND c.due_at > ?)`, q.nearDueClock, now, now);
      if (q.nearDue !== undefined) add(`${q.nearDue ? '' : 'NOT '}EXISTS (${running} AND c.warn_at <= ? AND c.due_at > ?)`, now, now);
    }
    if (q.acknowledged !== undefined) {
      // A co-unit acknowledges for itself: unit staff ask about their own unit, the street about the lead unit.
      if (ownUnitId) add('(? = ANY(o.acknowledged_unit_ids)) = ?', ownUnitId, q.acknowledged);
      else add('(o.lead_unit_id IS NOT NULL AND o.lead_unit_id = ANY(o.acknowledged_unit_ids)) = ?', q.acknowledged);
    }
    if (q.reworked !== undefined) add('(o.rework_count > 0) = ?', q.reworked);
    if (q.extensionPending !== undefined) add('(o.pending_extension IS NOT NULL) = ?', q.extensionPending);
  }

  async detail(actor: SessionActor, orderId: string) {
    const row = await this.visible(actor, orderId);
    const snapshot = snapshotOf(row);
    const now = this.clock.now();
    const orderActor = await this.actors.at(actor, now);
    const names = await ReferenceLookup.names(this.dataSource.manager, actor.streetCode);
    return {
      ...orderDetail(row, actor, this.pii, names, snapshot),
      timeline: freeTextFor(actor, row, this.pii)(await OrderRepository.timeline(this.dataSource.manager, orderId)),
      deadlines: await this.clocks.list(this.dataSource.manager, orderId),
      allowedActions: allowedActions(snapshot, orderActor, now),
      blockedActions: blockedActions(snapshot, orderActor, now),
      ...(await this.parts.collect(row, actor)),
    };
  }

  /** The order if the actor may see it; otherwise 404, never revealing that it exists. */
  async visible(actor: SessionActor, orderId: string): Promise<OrderRow> {
    return visibleOrNotFound(await OrderRepository.find(this.dataSource.manager, actor.streetCode, orderId), actor, orderId);
  }

  /** Free text about this order (rounds, requests, notes) as this reader may see it: see `freeTextFor`. */
  freeTextFor(actor: SessionActor, row: FreeTextOwner): <T>(value: T) => T {
    return freeTextFor(actor, row, this.pii);
  }

  decryptPii(row: OrderRow): { citizenName: string | null; citizenPhone: string | null } {
    return { citizenName: this.pii.decrypt(row.citizen_name_enc), citizenPhone: this.pii.decrypt(row.citizen_phone_enc) };
  }
}
