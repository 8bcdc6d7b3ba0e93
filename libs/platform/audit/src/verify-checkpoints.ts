import type { DataSource } from 'typeorm';
import type { AuditCheckpoint } from './anchor/audit-checkpoint.js';
import type { ChainBreak } from './verify-audit-chain.js';

/** One head a checkpoint recorded for a street, with the earliest time it was seen. */
export interface AnchoredHead {
  id: number;
  hash: string;
  at: string;
}

/**
 * The distinct heads per street, oldest id first. Checkpoints taken while nothing was written repeat the same head;
 * one comparison each is enough.
 */
export function headsByStreet(checkpoints: readonly AuditCheckpoint[]): Map<string, AnchoredHead[]> {
  const byStreet = new Map<string, Map<string, AnchoredHead>>();
  for (const checkpoint of checkpoints) {
    for (const head of checkpoint.heads) {
      const heads = byStreet.get(head.streetCode) ?? new Map<string, AnchoredHead>();
      const key = `${head.id}:${head.hash}`;
      const seen = heads.get(key);
      if (!seen || checkpoint.at < seen.at) heads.set(key, { id: head.id, hash: head.hash, at: checkpoint.at });
      byStreet.set(head.streetCode, heads);
    }
  }
  const sorted = new Map<string, AnchoredHead[]>();
  for (const [street, heads] of byStreet) {
    sorted.set(street, [...heads.values()].sort((a, b) => a.id - b.id || a.at.localeCompare(b.at)));
  }
  return sorted;
}

/**
 * The first checkpointed head the table no longer holds as it was. Call it once the chain itself is intact: each
 * record then vouches for all before it, so a head that is still there with its hash proves the prefix up to it.
 */
export async function checkpointBreak(dataSource: DataSource, streetCode: string, heads: readonly AnchoredHead[]): Promise<ChainBreak | undefined> {
  if (heads.length === 0) return undefined;
  const rows = (await dataSource.query(
    'SELECT id, hash FROM audit_log WHERE street_code = $1 AND id = ANY($2::bigint[])',
    [streetCode, [...new Set(heads.map((h) => h.id))]],
  )) as { id: string; hash: string }[];
  const stored = new Map(rows.map((r) => [Number(r.id), r.hash]));
  for (const head of heads) {
    const found = stored.get(head.id);
    if (found === undefined) return { id: head.id, reason: 'checkpoint_missing', expected: head.hash, found: '(no such record)', checkpointAt: head.at };
    if (found !== head.hash) return { id: head.id, reason: 'checkpoint_mismatch', expected: head.hash, found, checkpointAt: head.at };
  }
  return undefined;
}
