import type { EntityManager } from 'typeorm';

/**
 * After a PII_KEY rotation rewrote these orders' phone hashes (`npm run pii:rotate`): their facts take the order's
 * hash in the same transaction, so repeat callers and hotspots' caller counts group by one key throughout and no
 * hash under the retired key is left behind, whether or not the refresher has run. Returns the facts changed.
 */
export async function copyOrderPhoneHashes(m: EntityManager, orderIds: readonly string[]): Promise<number> {
  if (!orderIds.length) return 0;
  const result = (await m.query(
    `UPDATE stats_order_fact f SET phone_hash = o.citizen_phone_hash FROM work_order o
      WHERE f.order_id = o.id AND f.order_id = ANY($1::uuid[]) AND f.phone_hash IS DISTINCT FROM o.citizen_phone_hash`,
    [orderIds],
  )) as unknown;
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
