import type { EntityManager } from 'typeorm';
import { RETURN_REASON_LABELS, type OrderDecision, type ReturnReason, type UpstreamReport } from '../domain/index.js';
import type { OrderRow } from '../persistence/order-row.js';

/**
 * What the platform is told, frozen when the action commits: the outbox keeps what was sent even if the order
 * changes later (a reopen, a corrected reply). Every report names the order by the platform's 工单编号.
 */
export async function upstreamReportPayload(m: EntityManager, order: OrderRow, what: UpstreamReport, decision: OrderDecision): Promise<Record<string, unknown>> {
  const base = { upstreamNo: order.upstream_no };
  switch (what) {
    case 'reply':
      return { ...base, ...(await replyReport(m, order)) };
    case 'return_request':
      return { ...base, ...(await returnRequestReport(m, decision.input as { reason: ReturnReason; text: string; evidenceIds?: string[] })) };
    case 'extension_request':
      return { ...base, ...(await extensionRequestReport(m, order, decision)) };
  }
}

/** The approved reply in the columns of the platform's 办结回复 (the export file reads the same fields). */
async function replyReport(m: EntityManager, order: OrderRow): Promise<Record<string, unknown>> {
  const reply = order.reply ?? {};
  return {
    closedAt: order.closed_at,
    unitId: order.lead_unit_id,
    unitName: await unitName(m, order.lead_unit_id),
    result: reply.result ?? null,
    content: reply.content ?? '',
    contacted: typeof reply.contacted === 'boolean' ? reply.contacted : null,
    contactedAt: reply.contactedAt ?? null,
    contactMethod: reply.contactMethod ?? null,
  };
}

/** 申请退单: the reason and the evidence files' identity (the files stay on the desk, downloadable and audited). */
async function returnRequestReport(m: EntityManager, input: { reason: ReturnReason; text: string; evidenceIds?: string[] }): Promise<Record<string, unknown>> {
  const ids = input.evidenceIds ?? [];
  const evidence = ids.length
    ? ((await m.query(
        `SELECT id, file_name AS "fileName", content_type AS "contentType", size, sha256 FROM attachment WHERE id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
        [ids],
      )) as Record<string, unknown>[])
    : [];
  return { reason: input.reason, reasonLabel: RETURN_REASON_LABELS[input.reason] ?? input.reason, text: input.text, evidence };
}

/** Art. 15: the time the unit needs past the platform's limit, and why. */
async function extensionRequestReport(m: EntityManager, order: OrderRow, decision: OrderDecision): Promise<Record<string, unknown>> {
  const input = decision.input as { newDueAt: Date; reason: string };
  const unitId = (order.pending_extension?.unitId as string | undefined) || order.lead_unit_id;
  return {
    upstreamDueAt: order.upstream_due_at,
    requestedDueAt: input.newDueAt,
    reason: input.reason,
    unitId,
    unitName: await unitName(m, unitId),
    requestedAt: decision.event.at,
  };
}

async function unitName(m: EntityManager, unitId: string | null | undefined): Promise<string | null> {
  if (!unitId) return null;
  const [row] = (await m.query('SELECT name FROM unit WHERE id = $1', [unitId])) as { name: string }[];
  return row?.name ?? null;
}
