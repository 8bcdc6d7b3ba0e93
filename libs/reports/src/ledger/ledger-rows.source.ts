import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { CitizenPii } from '@app/orders';
import type { LedgerClock, LedgerOrder, LedgerReturn } from './ledger-order.js';
import { CREDITED_UNIT_SQL, type LedgerScope } from './ledger-scope.js';

/** Orders per page: big enough for few round trips, small enough that a page is a few MB at most. */
const PAGE = 1000;
/** Summaries are cut here already, so a 5,000-character complaint does not travel for 60 shown characters. */
const TEXT_CHARS = 400;

/**
 * The orders of a period as the ledger lists them, in pages of `PAGE` by keyset (received_at, id) — never all at
 * once, so memory stays flat at 100,000 orders. "Of the period" is what the statistics count as received in it
 * (`overview.total`): every order of the street received in [from, to), whatever became of it. Read-only over the
 * order tables, which libs/orders alone writes.
 */
@Injectable()
export class LedgerRowsSource {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  /** Pages of the period's orders in the order they were received; `withPii` decrypts the citizen's name and phone. */
  async *pages(scope: LedgerScope, options: { withPii?: boolean } = {}): AsyncGenerator<LedgerOrder[]> {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const params: unknown[] = [scope.streetCode, scope.from, scope.to, PAGE];
      const p = (v: unknown) => `$${params.push(v)}`;
      const clauses = ['o.street_code = $1', 'o.received_at >= $2', 'o.received_at < $3'];
      if (scope.unitId) clauses.push(`${CREDITED_UNIT_SQL} = ${p(scope.unitId)}::uuid`);
      if (after) {
        // The plain bound lets the (street_code, received_at) index start at the cursor; the pair breaks ties.
        const at = p(after.at);
        clauses.push(`o.received_at >= ${at}::timestamptz`, `(o.received_at, o.id) > (${at}::timestamptz, ${p(after.id)}::uuid)`);
      }
      const rows = (await this.dataSource.query(pageSql(clauses.join(' AND '), '$4'), params)) as PageRow[];
      if (rows.length === 0) return;
      yield rows.map((r) => this.orderOf(r, options.withPii === true));
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      // The cursor as PostgreSQL wrote it: a JS Date would cut microseconds and read ties again.
      after = { at: last.cursor_at, id: last.id };
    }
  }

  /**
   * The given orders again, in pages and in the order given (as received): the 超期与退单 sheet reads back the orders
   * the detail pass found, by primary key, instead of filtering the whole period a second time.
   */
  async *pagesOf(streetCode: string, ids: readonly string[], options: { withPii?: boolean } = {}): AsyncGenerator<LedgerOrder[]> {
    for (let i = 0; i < ids.length; i += PAGE) {
      const batch = ids.slice(i, i + PAGE);
      const rows = (await this.dataSource.query(pageSql('o.street_code = $1 AND o.id = ANY($2::uuid[])', '$3'), [streetCode, batch, PAGE])) as PageRow[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      yield batch.flatMap((id) => {
        const row = byId.get(id);
        return row ? [this.orderOf(row, options.withPii === true)] : [];
      });
    }
  }

  private orderOf(r: PageRow, withPii: boolean): LedgerOrder {
    const cb = r.cb;
    return {
      id: r.id,
      number: r.upstream_no ?? r.local_no ?? r.id.slice(0, 8),
      channel: r.channel,
      type: r.type,
      urgency: r.urgency,
      receivedAt: new Date(r.received_at),
      signedAt: dateOrNull(r.sign_at),
      dispatchedAt: dateOrNull(r.dispatch_at),
      contactedAt: dateOrNull(r.contact_at),
      repliedAt: dateOrNull(r.reply_at),
      approvedAt: dateOrNull(r.approve_at),
      closedAt: dateOrNull(r.closed_at),
      categoryPath: r.category_path,
      communityId: r.community_id,
      unitId: r.unit_id,
      coUnitIds: r.co_unit_ids ?? [],
      citizenName: withPii ? this.pii.decrypt(r.citizen_name_enc) : null,
      citizenPhone: withPii ? this.pii.decrypt(r.citizen_phone_enc) : null,
      address: r.address,
      content: r.content,
      replyContent: r.reply_content,
      replyResult: r.reply_result,
      callback: cb
        ? { valid: cb.valid === true, contacted: cb.contacted === true, solved: typeof cb.solved === 'boolean' ? cb.solved : null, satisfaction: typeof cb.satisfaction === 'string' ? cb.satisfaction : null }
        : null,
      clocks: (r.clocks ?? []).map(
        (c): LedgerClock => ({ kind: c.kind, dueAt: new Date(c.dueAt), stoppedAt: dateOrNull(c.stoppedAt), outcome: c.outcome, late: c.late }),
      ),
      overdueClocks: r.overdue_clocks ?? [],
      returns: (r.returns ?? []).map(
        (x): LedgerReturn => ({ action: x.action, at: new Date(x.at), reason: x.reason, text: x.text, accepted: x.accepted === null ? null : x.accepted === 'true' }),
      ),
      status: r.status,
      assessment: r.assessment,
      hung: r.hung,
    };
  }
}

/**
 * One page with each order's step times from its timeline (first sign and dispatch, first contact as reported,
 * last reply and approval), its counting callback (the latest), its returns and its clocks.
 */
function pageSql(where: string, limit: string): string {
  return `
    SELECT o.id, o.upstream_no, o.local_no, o.channel, o.type, o.urgency, o.received_at, o.received_at::text AS cursor_at,
           o.category_path, o.community_id,
           ${CREDITED_UNIT_SQL} AS unit_id, o.co_unit_ids, o.citizen_name_enc, o.citizen_phone_enc, o.address,
           left(o.content, ${TEXT_CHARS}) AS content, left(o.reply->>'content', ${TEXT_CHARS}) AS reply_content,
           o.reply->>'result' AS reply_result, o.status, o.assessment, o.closed_at, o.overdue_clocks, o.hang IS NOT NULL AS hung,
           ev.sign_at, ev.dispatch_at,
           coalesce(ev.contact_at, CASE WHEN o.reply->>'contacted' = 'true' THEN (o.reply->>'contactedAt')::timestamptz END) AS contact_at,
           ev.reply_at, ev.approve_at, ev.cb, ev.returns, ck.clocks
      FROM work_order o
      LEFT JOIN LATERAL (
        SELECT min(e.at) FILTER (WHERE e.action = 'sign') AS sign_at,
               min(e.at) FILTER (WHERE e.action = 'dispatch') AS dispatch_at,
               min((e.payload->>'contactedAt')::timestamptz) FILTER (WHERE e.action = 'contact') AS contact_at,
               max(e.at) FILTER (WHERE e.action IN ('reply', 'answer')) AS reply_at,
               max(e.at) FILTER (WHERE e.action = 'approve') AS approve_at,
               (array_agg(e.payload ORDER BY e.id DESC) FILTER (WHERE e.action = 'callback'))[1] AS cb,
               json_agg(json_build_object('action', e.action, 'at', e.at, 'reason', e.payload->>'reason', 'text', left(e.payload->>'text', ${TEXT_CHARS}),
                                          'accepted', e.payload->>'accepted') ORDER BY e.id)
                 FILTER (WHERE e.action IN ('unit_return', 'request_return', 'return_decided')) AS returns
          FROM order_event e WHERE e.order_id = o.id) ev ON true
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('kind', c.kind, 'dueAt', c.due_at, 'stoppedAt', c.stopped_at, 'outcome', c.outcome, 'late', c.late)) AS clocks
          FROM order_clock c WHERE c.order_id = o.id) ck ON true
     WHERE ${where}
     ORDER BY o.received_at, o.id
     LIMIT ${limit}`;
}

interface PageRow {
  id: string;
  upstream_no: string | null;
  local_no: string | null;
  channel: string;
  type: string;
  urgency: string;
  received_at: Date;
  cursor_at: string;
  category_path: string | null;
  community_id: string | null;
  unit_id: string | null;
  co_unit_ids: string[] | null;
  citizen_name_enc: string | null;
  citizen_phone_enc: string | null;
  address: string;
  content: string;
  reply_content: string | null;
  reply_result: string | null;
  status: string;
  assessment: string;
  closed_at: Date | null;
  overdue_clocks: string[] | null;
  hung: boolean;
  sign_at: Date | null;
  dispatch_at: Date | null;
  contact_at: Date | null;
  reply_at: Date | null;
  approve_at: Date | null;
  cb: Record<string, unknown> | null;
  returns: { action: LedgerReturn['action']; at: string; reason: string | null; text: string | null; accepted: string | null }[] | null;
  clocks: { kind: string; dueAt: string; stoppedAt: string | null; outcome: string | null; late: boolean | null }[] | null;
}

function dateOrNull(v: Date | string | null | undefined): Date | null {
  return v === null || v === undefined ? null : new Date(v);
}
