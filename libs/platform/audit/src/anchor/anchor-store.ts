import type { AuditCheckpoint } from './audit-checkpoint.js';

/** Where checkpoints are kept, away from the database they vouch for. */
export interface AuditAnchorStore {
  readonly kind: 'redis' | 'file';
  /** Keeps a checkpoint as the newest; beyond `ANCHOR_HISTORY` the oldest drop off. */
  save(checkpoint: AuditCheckpoint): Promise<void>;
  /** The kept checkpoints, newest first. */
  recent(): Promise<AuditCheckpoint[]>;
  close(): Promise<void>;
}

export const AUDIT_ANCHOR_STORE = Symbol('AUDIT_ANCHOR_STORE');

/** A week of five-minute checkpoints: a cut or a rewrite can be dated to within five minutes over that week. */
export const ANCHOR_HISTORY = 7 * 24 * 12;
