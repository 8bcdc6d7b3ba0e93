import { maskFreeText, maskFreeTextFields, maskName, maskPhone, type Role } from '@app/access';
import {
  ALARM_SUBJECT_LABELS,
  ORDER_STATUS_LABELS,
  ORDER_TYPE_LABELS,
  URGENCY_LABELS,
  type OrderSnapshot,
} from '../domain/index.js';
import type { CitizenPii } from '../pii/citizen-pii.js';
import { knownCitizen } from '../pii/known-citizen.js';
import type { OrderRow } from '../persistence/order-row.js';

export interface Viewer {
  role: Role;
  unitId: string | null;
}

/**
 * Personal data in clear only for those who must contact the citizen: operators, supervisors, and unit staff of
 * the unit holding the order (DESIGN §1). Everyone else — reviewers, leaders — sees it masked and may reveal it
 * (audited) if their role allows.
 */
export function seesClearPii(viewer: Viewer, order: Pick<OrderRow, 'lead_unit_id' | 'co_unit_ids'>): boolean {
  if (viewer.role === 'operator' || viewer.role === 'supervisor') return true;
  if (viewer.role === 'unit' && viewer.unitId) return order.lead_unit_id === viewer.unitId || (order.co_unit_ids ?? []).includes(viewer.unitId);
  return false;
}

/** What deciding how an order's free text is shown needs of its row: who holds it and whose words to look for. */
export type FreeTextOwner = Pick<OrderRow, 'lead_unit_id' | 'co_unit_ids' | 'citizen_name_enc' | 'citizen_phone_enc'>;

/**
 * Free text (content, replies, notes, a timeline's payloads) as this viewer may read it: in clear exactly where the
 * viewer sees the caller's name and phone in clear, otherwise with ID numbers, phones and the caller's name masked
 * (issue 13: a number typed into a reply is as personal as the phone field).
 */
export function freeTextFor(viewer: Viewer, row: FreeTextOwner, pii: CitizenPii): <T>(value: T) => T {
  if (seesClearPii(viewer, row)) return (value) => value;
  const known = knownCitizen(row, pii);
  return (value) => maskFreeTextFields(value, known);
}

export interface NameMaps {
  communities: Map<string, string>;
  units: Map<string, string>;
}

/**
 * The order as the API shows it in lists: name and phone always masked (lists are looked at, not called from),
 * the content in clear only for a viewer who sees this order's personal data in clear.
 */
export function orderSummary(row: OrderRow, viewer: Viewer, pii: CitizenPii, names: NameMaps) {
  return {
    id: row.id,
    // 工单编号 as people read it: the platform's, or the desk's own for an order entered by hand.
    orderNo: row.upstream_no ?? row.local_no,
    upstreamNo: row.upstream_no,
    localNo: row.local_no,
    status: row.status,
    statusLabel: ORDER_STATUS_LABELS[row.status],
    channel: row.channel,
    receivedAt: row.received_at,
    citizenName: maskName(pii.decrypt(row.citizen_name_enc)),
    citizenPhone: maskPhone(pii.decrypt(row.citizen_phone_enc)),
    address: row.address,
    communityId: row.community_id,
    communityName: row.community_id ? (names.communities.get(row.community_id) ?? null) : null,
    type: row.type,
    typeLabel: ORDER_TYPE_LABELS[row.type],
    urgency: row.urgency,
    urgencyLabel: URGENCY_LABELS[row.urgency],
    category: row.category_path,
    content: seesClearPii(viewer, row) ? row.content : maskFreeText(row.content, knownCitizen(row, pii)),
    upstreamDueAt: row.upstream_due_at,
    unitDueAt: row.unit_due_at,
    leadUnitId: row.lead_unit_id,
    leadUnitName: row.lead_unit_id ? (names.units.get(row.lead_unit_id) ?? null) : null,
    coUnitIds: row.co_unit_ids,
    overdue: row.overdue,
    // Which running clocks are past due (DESIGN §4): 超期 always says which deadline was missed.
    overdueClocks: row.overdue_clocks ?? [],
    overdueClockLabels: (row.overdue_clocks ?? []).map((c) => ALARM_SUBJECT_LABELS[c] ?? c),
    hung: row.hang !== null,
    deadlineProvisional: row.deadline_provisional,
    assessment: row.assessment,
    duplicateOfId: row.duplicate_of_id,
    reworkCount: row.rework_count,
    urgeCount: row.urge_count,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The order in full for its detail page, with personal data in clear only for those entitled (see above). */
export function orderDetail(row: OrderRow, viewer: Viewer, pii: CitizenPii, names: NameMaps, snapshot: OrderSnapshot) {
  const clear = seesClearPii(viewer, row);
  const name = pii.decrypt(row.citizen_name_enc);
  const phone = pii.decrypt(row.citizen_phone_enc);
  const text = freeTextFor(viewer, row, pii);
  return {
    ...orderSummary(row, viewer, pii, names),
    citizenName: clear ? name : maskName(name),
    citizenPhone: clear ? phone : maskPhone(phone),
    piiMasked: !clear,
    attachments: row.attachments,
    tags: row.tags,
    coUnitNames: row.co_unit_ids.map((id) => names.units.get(id) ?? id),
    hang: text(snapshot.hang),
    pendingExtension: text(snapshot.pendingExtension),
    subReplies: text(snapshot.subReplies),
    reply: text(row.reply),
    closedAt: row.closed_at,
    createdAt: row.created_at,
  };
}
