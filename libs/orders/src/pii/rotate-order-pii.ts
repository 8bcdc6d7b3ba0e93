import type { EntityManager } from 'typeorm';
import type { CitizenPii } from './citizen-pii.js';
import { rekeyCitizenPii, type EncryptedColumn, type StoredCitizenPii } from './rekey-citizen-pii.js';

export interface UnreadablePii {
  table: 'work_order';
  id: string;
  column: EncryptedColumn;
}

export interface OrderPiiBatch {
  /** Orders read. */
  scanned: number;
  /** Orders whose personal data was (or, without `write`, would be) rewritten, with their street. */
  rekeyed: { id: string; streetCode: string }[];
  /** Values neither key opens. With any of them nothing in the batch is written. */
  unreadable: UnreadablePii[];
  /** The last order read: the next batch starts after it; null when nothing was left. */
  lastId: string | null;
}

interface PiiRow extends StoredCitizenPii {
  id: string;
  street_code: string;
}

/**
 * One batch of a PII_KEY rotation over the order table (the only table holding citizens' encrypted data): the next
 * `limit` orders after `after` in id order, each moved from `keys.from` to `keys.to` (see rekeyCitizenPii). With
 * `write` the rows are locked and rewritten in the caller's transaction; version and updated_at stay as they are,
 * since what the order says has not changed. Without it the batch only counts (a dry run before writing anything).
 */
export async function rotateOrderPiiBatch(
  m: EntityManager,
  keys: { from: CitizenPii; to: CitizenPii },
  options: { after: string; limit: number; write: boolean },
): Promise<OrderPiiBatch> {
  const rows = (await m.query(
    `SELECT id, street_code, citizen_name_enc, citizen_phone_enc, citizen_phone_hash FROM work_order
      WHERE id > $1 ORDER BY id LIMIT $2${options.write ? ' FOR UPDATE' : ''}`,
    [options.after, options.limit],
  )) as PiiRow[];
  const rekeyed: (PiiRow & { values: StoredCitizenPii })[] = [];
  const unreadable: UnreadablePii[] = [];
  for (const row of rows) {
    const result = rekeyCitizenPii(row, keys);
    if (result.kind === 'unreadable') unreadable.push({ table: 'work_order', id: row.id, column: result.column });
    else if (result.kind === 'rekeyed') rekeyed.push({ ...row, values: result.values });
  }
  if (options.write && rekeyed.length && !unreadable.length) {
    await m.query(
      `UPDATE work_order o SET citizen_name_enc = v.name_enc, citizen_phone_enc = v.phone_enc, citizen_phone_hash = v.phone_hash
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, name_enc, phone_enc, phone_hash)
        WHERE o.id = v.id`,
      [
        rekeyed.map((r) => r.id), rekeyed.map((r) => r.values.citizen_name_enc), rekeyed.map((r) => r.values.citizen_phone_enc),
        rekeyed.map((r) => r.values.citizen_phone_hash),
      ],
    );
  }
  return {
    scanned: rows.length,
    rekeyed: rekeyed.map((r) => ({ id: r.id, streetCode: r.street_code })),
    unreadable,
    lastId: rows.length ? rows[rows.length - 1].id : null,
  };
}
