import type { EntityManager } from 'typeorm';
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
  type: string;
  urgency: string;
  categoryPath: string | null;
  content: string;
  upstreamDueAt: Date | null;
  assessment: string;
  tags: string[];
  createdBy: string | null;
  at: Date;
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

/** Inserts the orders in one statement; returns the rows in the order given. */
export async function insertNewOrders(m: EntityManager, values: readonly NewOrderValues[]): Promise<OrderRow[]> {
  if (!values.length) return [];
  const rows = (await m.query(
    `INSERT INTO work_order (${COLUMNS.map(([name]) => name).join(', ')}, updated_at, status)
     SELECT ${SELECTED.join(', ')}, created_at, 'new'
       FROM unnest(${COLUMNS.map(([, , type], i) => `$${i + 1}::${type}`).join(', ')}) AS v(${COLUMNS.map(([name]) => name).join(', ')})
     RETURNING *`,
    COLUMNS.map(([, value]) => values.map(value)),
  )) as OrderRow[];
  // RETURNING promises no order.
  const byId = new Map(rows.map((r) => [r.id, r]));
  return values.map((v) => byId.get(v.id)!);
}
