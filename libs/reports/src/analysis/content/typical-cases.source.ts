import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { dataScopeOf } from '@app/access';
import type { SessionActor } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { CHANNEL_LABELS, CitizenPii, ORDER_STATUS_LABELS, ORDER_TYPE_LABELS, SATISFACTION_LABELS } from '@app/orders';
import { beijingDay } from '@app/stats';
import { countText } from './phrasing.js';
import { maskFreeText } from '@app/access';
import { coarseAddress, summarise } from './text-shaping.js';
import { distinctPicks, type TypicalCase, type TypicalCasePick } from './typical-case.js';

/** What the statistics already found that points at a case: the top place, the top repeat caller, the top category. */
export interface TypicalCaseHints {
  /** The period as `libs/stats` resolved it (ISO instants, [from, to)). */
  from: string;
  to: string;
  place?: { place: string; count: number };
  caller?: { latestOrderId: string; count: number };
  category?: { key: string; label: string; count: number };
}

const LATEST_CALLBACK = `LEFT JOIN LATERAL (
    SELECT e.payload FROM order_event e WHERE e.order_id = o.id AND e.action = 'callback' ORDER BY e.id DESC LIMIT 1
  ) cb ON true`;

type Lookup = { kind: TypicalCasePick['kind']; sql: string; params: unknown[]; reason: (row: Record<string, unknown>) => string };

/**
 * Finds the period's typical cases (典型案例) in the order tables — read only: they are written by libs/orders alone —
 * within what the requester may see, and returns them masked. Which orders: the most urged, a dissatisfied or reworked
 * one, one at the top hotspot address, the top repeat caller's latest, one of the top category.
 */
@Injectable()
export class TypicalCasesSource {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async find(actor: SessionActor, hints: TypicalCaseHints): Promise<TypicalCase[]> {
    const scope = dataScopeOf(actor);
    if (scope.kind === 'none') return [];
    const base = (extra: unknown[] = []) => {
      const params: unknown[] = [actor.streetCode, hints.from, hints.to, ...extra];
      const clauses = ['o.street_code = $1', 'o.received_at >= $2', 'o.received_at < $3', "o.status <> 'merged'"];
      if (scope.kind === 'unit') {
        params.push(scope.unitId);
        const u = `$${params.length}::uuid`;
        clauses.push(`(o.lead_unit_id = ${u} OR ${u} = ANY(o.co_unit_ids) OR ${u} = ANY(o.former_unit_ids))`);
      }
      return { where: clauses.join(' AND '), params };
    };
    const lookups: Lookup[] = [];
    {
      const { where, params } = base();
      lookups.push({
        kind: 'most-urged',
        sql: `SELECT o.id, o.urge_count AS n FROM work_order o WHERE ${where} AND o.urge_count > 0 ORDER BY o.urge_count DESC, o.received_at LIMIT 3`,
        params,
        reason: (r) => `本期被催办 ${countText(Number(r.n), '次')}`,
      });
    }
    {
      const { where, params } = base();
      lookups.push({
        kind: 'dissatisfied',
        sql: `SELECT o.id, o.rework_count AS n, cb.payload->>'satisfaction' AS satisfaction FROM work_order o ${LATEST_CALLBACK}
               WHERE ${where} AND (o.rework_count > 0 OR cb.payload->>'satisfaction' = 'dissatisfied')
               ORDER BY (cb.payload->>'satisfaction' = 'dissatisfied' AND o.rework_count > 0) DESC NULLS LAST, o.rework_count DESC, o.received_at LIMIT 3`,
        params,
        reason: (r) => [r.satisfaction === 'dissatisfied' ? '回访不满意' : '', Number(r.n) > 0 ? `初审退回返工 ${countText(Number(r.n), '次')}` : ''].filter(Boolean).join('，'),
      });
    }
    if (hints.place && hints.place.count >= 2) {
      const { where, params } = base([hints.place.place]);
      const { place, count } = hints.place;
      lookups.push({
        kind: 'repeat-address',
        sql: `SELECT o.id FROM work_order o WHERE ${where} AND left(replace(o.address, ' ', ''), length($4)) = $4
               ORDER BY o.urge_count DESC, o.received_at DESC LIMIT 3`,
        params,
        reason: () => `${place}本期共有诉求 ${countText(count)}，居高发地址首位`,
      });
    }
    if (hints.caller) {
      const { count, latestOrderId } = hints.caller;
      const params: unknown[] = [actor.streetCode, latestOrderId];
      let sql = `SELECT o.id FROM work_order o WHERE o.street_code = $1 AND o.id = $2::uuid`;
      if (scope.kind === 'unit') {
        params.push(scope.unitId);
        sql += ` AND (o.lead_unit_id = $3::uuid OR $3::uuid = ANY(o.co_unit_ids) OR $3::uuid = ANY(o.former_unit_ids))`;
      }
      lookups.push({ kind: 'repeat-caller', sql, params, reason: () => `同一诉求人近 30 日来电 ${countText(count, '次')}` });
    }
    if (hints.category) {
      const { where, params } = base([hints.category.key]);
      const { label, count } = hints.category;
      lookups.push({
        kind: 'top-category',
        sql: `SELECT o.id FROM work_order o WHERE ${where} AND o.category_path = $4
               ORDER BY (o.status IN ('closed', 'visited')) DESC, o.received_at DESC LIMIT 3`,
        params,
        reason: () => `“${label}”本期受理 ${countText(count)}，为最高发的三级分类`,
      });
    }
    const groups: TypicalCasePick[][] = [];
    for (const l of lookups) {
      const rows = (await this.dataSource.query(l.sql, l.params)) as Record<string, unknown>[];
      groups.push(rows.map((r) => ({ kind: l.kind, orderId: String(r.id), reason: l.reason(r) })));
    }
    const picks = distinctPicks(groups);
    return this.describe(picks);
  }

  private async describe(picks: readonly TypicalCasePick[]): Promise<TypicalCase[]> {
    if (picks.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.upstream_no, o.local_no, o.received_at, o.type, o.channel, o.category_path, o.address, o.content, o.status,
              o.reply, o.urge_count, o.rework_count, o.citizen_name_enc, o.citizen_phone_enc, c.name AS community, u.name AS unit,
              cb.payload AS callback
         FROM work_order o
         LEFT JOIN community c ON c.id = o.community_id
         LEFT JOIN unit u ON u.id = coalesce(o.lead_unit_id, o.former_unit_ids[cardinality(o.former_unit_ids)])
         ${LATEST_CALLBACK}
        WHERE o.id = ANY($1::uuid[])`,
      [picks.map((p) => p.orderId)],
    )) as CaseRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return picks.flatMap((p) => {
      const r = byId.get(p.orderId);
      return r ? [this.caseOf(p, r)] : [];
    });
  }

  private caseOf(pick: TypicalCasePick, r: CaseRow): TypicalCase {
    // The caller's own name and phone, decrypted only to find and mask them inside the free text.
    const known = { names: [this.pii.decrypt(r.citizen_name_enc)], phones: [this.pii.decrypt(r.citizen_phone_enc)] };
    const replyText = typeof r.reply?.content === 'string' ? r.reply.content : null;
    return {
      kind: pick.kind,
      reason: pick.reason,
      orderNo: r.upstream_no ?? r.local_no ?? r.id.slice(0, 8),
      receivedDay: beijingDay(new Date(r.received_at)),
      typeLabel: (ORDER_TYPE_LABELS as Record<string, string>)[r.type] ?? r.type,
      channelLabel: (CHANNEL_LABELS as Record<string, string>)[r.channel] ?? r.channel,
      category: r.category_path ? r.category_path.split('/').join(' › ') : null,
      community: r.community,
      address: coarseAddress(maskFreeText(r.address, known)),
      content: summarise(maskFreeText(r.content, known)),
      statusLabel: (ORDER_STATUS_LABELS as Record<string, string>)[r.status] ?? r.status,
      unit: r.unit,
      reply: replyText ? summarise(maskFreeText(replyText, known)) : null,
      callback: callbackText(r.callback),
      urges: r.urge_count,
      reworks: r.rework_count,
    };
  }
}

interface CaseRow {
  id: string;
  upstream_no: string | null;
  local_no: string | null;
  received_at: Date;
  type: string;
  channel: string;
  category_path: string | null;
  address: string;
  content: string;
  status: string;
  reply: { content?: unknown } | null;
  urge_count: number;
  rework_count: number;
  citizen_name_enc: string | null;
  citizen_phone_enc: string | null;
  community: string | null;
  unit: string | null;
  callback: { valid?: boolean; contacted?: boolean; solved?: boolean; satisfaction?: string } | null;
}

function callbackText(cb: CaseRow['callback']): string | null {
  if (!cb) return null;
  if (!cb.contacted) return '回访未联系上诉求人';
  const parts = [
    typeof cb.solved === 'boolean' ? (cb.solved ? '已解决' : '未解决') : null,
    cb.satisfaction ? ((SATISFACTION_LABELS as Record<string, string>)[cb.satisfaction] ?? cb.satisfaction) : null,
  ].filter(Boolean);
  return `回访${parts.length ? `：${parts.join('，')}` : '已联系诉求人'}${cb.valid === false ? '（无效回访）' : ''}`;
}
