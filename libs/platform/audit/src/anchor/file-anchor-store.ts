import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ANCHOR_HISTORY, type AuditAnchorStore } from './anchor-store.js';
import type { AuditCheckpoint } from './audit-checkpoint.js';

/**
 * Checkpoints in a JSON file (the embedded default, without Redis): outside the database, so cutting or rewriting
 * the audit table does not touch them. One process writes it; saves are queued so two never interleave, and the file
 * is replaced by rename, so a crash leaves the old or the new list, never half of one.
 */
export class FileAnchorStore implements AuditAnchorStore {
  readonly kind = 'file' as const;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string, private readonly history = ANCHOR_HISTORY) {}

  save(checkpoint: AuditCheckpoint): Promise<void> {
    const saved = this.queue.then(async () => {
      const checkpoints = [checkpoint, ...(await this.recent())].slice(0, this.history);
      await mkdir(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ checkpoints }), { mode: 0o600 });
      await rename(temporary, this.file);
    });
    this.queue = saved.catch(() => undefined);
    return saved;
  }

  async recent(): Promise<AuditCheckpoint[]> {
    try {
      return (JSON.parse(await readFile(this.file, 'utf8')) as { checkpoints: AuditCheckpoint[] }).checkpoints;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.queue;
  }
}
