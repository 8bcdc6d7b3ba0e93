import type { EntityManager } from 'typeorm';

/** Beijing has no daylight saving: its calendar day is UTC+8's. */
const BEIJING_OFFSET_MS = 8 * 3600e3;

export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The desk's own number for an order the platform gave none: `<street short code>-<Beijing date>-<nnnn>`, counted
 * per street and day. Must run in the intake's transaction: the upsert locks the day's counter row until commit,
 * so concurrent intakes queue for it and never share a number, and a rolled-back intake hands its number back
 * (gap-free). A street without a short code uses its 9-digit code.
 */
export async function allocateLocalNo(m: EntityManager, streetCode: string, at: Date): Promise<string> {
  return (await allocateLocalNos(m, streetCode, at, 1))[0]!;
}

/** `count` consecutive numbers of the day at once (an import batch), with the same lock and the same gap-free rule. */
export async function allocateLocalNos(m: EntityManager, streetCode: string, at: Date, count: number): Promise<string[]> {
  if (count === 0) return [];
  const day = beijingDay(at);
  const [row] = (await m.query(
    `INSERT INTO order_number_counter (street_code, day, last_no) VALUES ($1, $2, $3)
     ON CONFLICT (street_code, day) DO UPDATE SET last_no = order_number_counter.last_no + $3
     RETURNING last_no, (SELECT coalesce(short_code, code) FROM street WHERE code = $1) AS prefix`,
    [streetCode, day, count],
  )) as { last_no: number; prefix: string }[];
  return Array.from({ length: count }, (_, i) => formatLocalNo(row.prefix, day, row.last_no - count + 1 + i));
}

/** `TRT`, `2026-12-03`, 7 → `TRT-20261203-0007`. */
export function formatLocalNo(prefix: string, day: string, n: number): string {
  return `${prefix}-${day.replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
}
