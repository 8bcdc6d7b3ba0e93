import type { OrderSnapshot } from '../domain/index.js';

/** A `work_order` row as PostgreSQL returns it (snake_case, jsonb parsed, timestamps as Date). */
export interface OrderRow {
  id: string;
  street_code: string;
  upstream_no: string | null;
  /** The desk's own readable number when the platform gave none (manual intake). */
  local_no: string | null;
  channel: string;
  received_at: Date;
  citizen_name_enc: string | null;
  citizen_phone_enc: string | null;
  citizen_phone_hash: string | null;
  address: string;
  /** Road and house (`placeKeyOf`), what the duplicate search looks the order up by; null without a house number. */
  place_key: string | null;
  community_id: string | null;
  type: OrderSnapshot['type'];
  urgency: OrderSnapshot['urgency'];
  category_path: string | null;
  content: string;
  attachments: unknown[];
  upstream_due_at: Date | null;
  assessment: OrderSnapshot['assessment'];
  duplicate_of_id: string | null;
  tags: string[];
  status: OrderSnapshot['status'];
  lead_unit_id: string | null;
  lead_unit_kind: OrderSnapshot['leadUnitKind'];
  co_unit_ids: string[];
  former_unit_ids: string[];
  acknowledged_unit_ids: string[];
  unit_due_at: Date | null;
  hang: Record<string, unknown> | null;
  pending_extension: Record<string, unknown> | null;
  sub_replies: Record<string, unknown>[];
  reply: Record<string, unknown> | null;
  closed_at: Date | null;
  rework_count: number;
  urge_count: number;
  /** Headline 超期: some running clock is past due; `overdue_clocks` names them. */
  overdue: boolean;
  overdue_clocks: string[];
  deadline_provisional: boolean;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const date = (v: unknown): Date => new Date(v as string);
const dateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));

/** Row → the snapshot the lifecycle rules read. jsonb dates come back as strings and are revived here. */
export function snapshotOf(row: OrderRow): OrderSnapshot {
  const hang = row.hang as { plan: string; nextProgressAt: string; since: string; byId: string } | null;
  const ext = row.pending_extension as
    | { unitId: string; requestedById: string; requestedAt: string; newDueAt: string; reason: string; beyondUpstreamLimit: boolean }
    | null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    channel: row.channel as OrderSnapshot['channel'],
    type: row.type,
    urgency: row.urgency,
    categoryPath: row.category_path,
    communityId: row.community_id,
    leadUnitId: row.lead_unit_id,
    leadUnitKind: row.lead_unit_kind,
    coUnitIds: row.co_unit_ids ?? [],
    formerUnitIds: row.former_unit_ids ?? [],
    acknowledgedUnitIds: row.acknowledged_unit_ids ?? [],
    upstreamDueAt: dateOrNull(row.upstream_due_at),
    unitDueAt: dateOrNull(row.unit_due_at),
    hang: hang ? { ...hang, nextProgressAt: date(hang.nextProgressAt), since: date(hang.since) } : null,
    pendingExtension: ext ? { ...ext, requestedAt: date(ext.requestedAt), newDueAt: date(ext.newDueAt) } : null,
    subReplies: (row.sub_replies ?? []).map((s) => ({
      unitId: s.unitId as string,
      byId: s.byId as string,
      at: date(s.at),
      content: s.content as string,
      attachmentIds: (s.attachmentIds as string[]) ?? [],
    })),
    closedAt: dateOrNull(row.closed_at),
    reworkCount: row.rework_count,
    urgeCount: row.urge_count,
    duplicateOfId: row.duplicate_of_id,
    assessment: row.assessment,
  };
}

/** Snapshot field → column; jsonb columns are written as JSON text. */
export const CHANGE_COLUMNS: Record<string, { column: string; json?: boolean; array?: boolean }> = {
  status: { column: 'status' },
  leadUnitId: { column: 'lead_unit_id' },
  leadUnitKind: { column: 'lead_unit_kind' },
  coUnitIds: { column: 'co_unit_ids', array: true },
  formerUnitIds: { column: 'former_unit_ids', array: true },
  acknowledgedUnitIds: { column: 'acknowledged_unit_ids', array: true },
  upstreamDueAt: { column: 'upstream_due_at' },
  hang: { column: 'hang', json: true },
  pendingExtension: { column: 'pending_extension', json: true },
  subReplies: { column: 'sub_replies', json: true },
  closedAt: { column: 'closed_at' },
  reworkCount: { column: 'rework_count' },
  urgeCount: { column: 'urge_count' },
  duplicateOfId: { column: 'duplicate_of_id' },
  assessment: { column: 'assessment' },
  // Desk corrections of intake attributes (OrderWriter's OrderFieldChanges).
  communityId: { column: 'community_id' },
  categoryPath: { column: 'category_path' },
};
