import { dataScopeOf, maskName, maskPhone } from '@app/access';
import type { EntityManager } from 'typeorm';
import type { SessionActor } from '@app/auth';
import { isRowInScope, ORDER_STATUS_LABELS, type CitizenPii, type OrderRow, type OrderStatus } from '@app/orders';
import { DUPLICATE_REASON_LABELS, type DuplicateCandidate } from './duplicate-rules.js';

/** Long enough to recognise the call in a picker, short enough for one line. */
const EXCERPT_CHARS = 60;


/**
 * Candidates as the operator's picker shows them: the order as it is now (status may have moved since the check),
 * what identifies it (编号, address, excerpt, time) and why it is a candidate. Names and phones always masked: a
 * candidate list is looked at, not called from (as order lists). Only candidates the reader may open are listed,
 * by the detail view's own scope: a unit never learns of another unit's order here (issue 13).
 */
export async function candidateViews(m: EntityManager, actor: SessionActor, pii: CitizenPii, candidates: readonly DuplicateCandidate[]) {
  const ids = candidates.map((c) => c.orderId);
  const rows = ids.length
    ? ((await m.query(`SELECT * FROM work_order WHERE street_code = $1 AND id = ANY($2::uuid[])`, [actor.streetCode, ids])) as OrderRow[])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A candidate whose order is gone can only be told apart by street staff, who see every order anyway.
  const streetWide = dataScopeOf(actor).kind === 'street';
  const visible = candidates.filter((c) => {
    const row = byId.get(c.orderId);
    return row ? isRowInScope(row, actor) : streetWide;
  });
  return visible.map((c) => {
    const row = byId.get(c.orderId);
    const status = row?.status ?? (c.status as OrderStatus);
    const content = row?.content ?? '';
    return {
      ...c,
      upstreamNo: row?.upstream_no ?? c.upstreamNo,
      status,
      statusLabel: ORDER_STATUS_LABELS[status] ?? status,
      address: row?.address ?? null,
      category: row?.category_path ?? null,
      contentExcerpt: content.length > EXCERPT_CHARS ? `${content.slice(0, EXCERPT_CHARS)}…` : content,
      citizenName: row ? maskName(pii.decrypt(row.citizen_name_enc)) : null,
      citizenPhone: row ? maskPhone(pii.decrypt(row.citizen_phone_enc)) : null,
      reasonLabels: c.reasons.map((r) => DUPLICATE_REASON_LABELS[r] ?? r),
    };
  });
}
