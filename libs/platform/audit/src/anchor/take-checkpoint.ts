import type { AuditAnchorStore } from './anchor-store.js';
import { readChainHeads, type AuditCheckpoint } from './audit-checkpoint.js';

/** Reads every street's chain head and keeps it as a checkpoint; an empty audit log has nothing to anchor. */
export async function takeAuditCheckpoint(
  db: Parameters<typeof readChainHeads>[0],
  store: AuditAnchorStore,
  at: Date,
): Promise<AuditCheckpoint> {
  const checkpoint: AuditCheckpoint = { at: at.toISOString(), heads: await readChainHeads(db) };
  if (checkpoint.heads.length > 0) await store.save(checkpoint);
  return checkpoint;
}
