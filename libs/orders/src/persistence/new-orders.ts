import type { EntityManager } from 'typeorm';
import type { OrderType, Urgency } from '../domain/index.js';
import { OVERDUE_RULE_PARAMS, overdueKindsSql } from '../sla/clock-flags.js';
import type { OrderRow } from './order-row.js';

/** One new `work_order` row as intake writes it (status `new`, created and updated at `at`). */
export interface NewOrderValues {
  /** Made before the insert, so intake's reads (the duplicate search) can run before the order's first write. */
  id: string;
  streetCode: string;
  upstreamNo: string | null;
  localNo: string | null;
  channel: string;
  receivedAt: Date;
  citizenNameEnc: string | null;
  citizenPhoneEnc: string | null;
  citizenPhoneHash: string | null;
  address: string;
  /** `placeKeyOf(address)`: what the duplicate search looks the order up by. */
  placeKey: string | null;
  communityId: string | null;
  type: OrderType;
  urgency: Urgency;
  categoryPath: string | null;
  content: string;
  upstreamDueAt: Date | null;
  assessment: string;
  tags: string[];
  createdBy: string | null;
  at: Date;
  /**
   * The intake clocks already past due at their start (an order received days before it reached the desk), and
   * whether any intake clock is provisional (`planIntakeClocks`): the row goes in with the flags the refresh would
   * give it once those clocks are written, instead of being written twice. Absent: no flags.
   */
  clockFlags?: { lateClocks: readonly string[]; provisional: boolean };
}

/** Column, its value and its array type for `unnest`: one statement writes one order or a whole import batch. */
const COLUMNS: [string, (v: NewOrderValues) => unknown, string][] = [
  ['id', (v) => v.id, 'uuid[]'],
  ['street_code', (v) => v.streetCode, 'text[]'],
  ['upstream_no', (v) => v.upstreamNo, 'text[]'],
  ['local_no', (v) => v.localNo, 'text[]'],
  ['channel', (v) => v.channel, 'text[]'],
  ['received_at', (v) => v.receivedAt, 'timestamptz[]'],
  ['citizen_name_enc', (v) => v.citizenNameEnc, 'text[]'],
  ['citizen_phone_enc', (v) => v.citizenPhoneEnc, 'text[]'],
  ['citizen_phone_hash', (v) => v.citizenPhoneHash, 'text[]'],
  ['address', (v) => v.address, 'text[]'],
  ['place_key', (v) => v.placeKey, 'text[]'],
  ['community_id', (v) => v.communityId, 'uuid[]'],
  ['type', (v) => v.type, 'text[]'],
  ['urgency', (v) => v.urgency, 'text[]'],
  ['category_path', (v) => v.categoryPath, 'text[]'],
  ['content', (v) => v.content, 'text[]'],
  ['upstream_due_at', (v) => v.upstreamDueAt, 'timestamptz[]'],
  ['assessment', (v) => v.assessment, 'text[]'],
  // text[][] cannot hold rows of different lengths: tags travel as JSON and are unpacked per row.
  ['tags', (v) => JSON.stringify(v.tags), 'text[]'],
  ['created_by', (v) => v.createdBy, 'uuid[]'],
  ['created_at', (v) => v.at, 'timestamptz[]'],
];
const SELECTED = COLUMNS.map(([name]) => (name === 'tags' ? 'ARRAY(SELECT jsonb_array_elements_text(tags::jsonb))' : name));

const NEW_STATUS = 'new';
const n = COLUMNS.length;
/** The flags' inputs travel after the columns: late clocks as JSON (rows differ in length), then the rule's parameters. */
const OVERDUE_KINDS = overdueKindsSql({
  lateClocks: 'ARRAY(SELECT jsonb_array_elements_text(v.late_clocks::jsonb))', status: `'${NEW_STATUS}'`, upstreamDueAt: 'v.upstream_due_at',
  now: 'v.created_at', atDesk: `$${n + 3}::text[]`, upstreamKind: `$${n + 4}::text`,
});
const INSERT_SQL = `INSERT INTO work_order (${COLUMNS.map(([name]) => name).join(', ')}, updated_at, status, overdue_clocks, overdue, deadline_provisional)
     SELECT ${SELECTED.join(', ')}, created_at, '${NEW_STATUS}', f.kinds, cardinality(f.kinds) > 0, v.provisional
       FROM unnest(${COLUMNS.map(([, , type], i) => `$${i + 1}::${type}`).join(', ')}, $${n + 1}::text[], $${n + 2}::boolean[])
            AS v(${COLUMNS.map(([name]) => name).join(', ')}, late_clocks, provisional)
       CROSS JOIN LATERAL (SELECT ${OVERDUE_KINDS} AS kinds) AS f
     RETURNING *`;

/** Inserts the orders in one statement; returns the rows in the order given. */
export async function insertNewOrders(m: EntityManager, values: readonly NewOrderValues[]): Promise<OrderRow[]> {
  if (!values.length) return [];
  const rows = (await m.query(INSERT_SQL, [
    ...COLUMNS.map(([, value]) => values.map(value)),
    values.map((v) => JSON.stringify(v.clockFlags?.lateClocks ?? [])),
    values.map((v) => v.clockFlags?.provisional ?? false),
    ...OVERDUE_RULE_PARAMS,
  ])) as OrderRow[];
  // RETURNING promises no order.
  const byId = new Map(rows.map((r) => [r.id, r]));
  return values.map((v) => byId.get(v.id)!);
}
