import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'hd-report-';
/** A scratch directory this old belongs to a worker that died mid-run (a live run takes minutes, not hours). */
const ABANDONED_AFTER_MS = 6 * 3_600_000;

/** A fresh scratch directory for one run's files; leftovers of runs killed long ago are removed on the way. */
export async function scratchDir(now = Date.now()): Promise<string> {
  await removeAbandoned(now).catch(() => undefined); // best effort: never fail a report over someone else's leftovers
  return mkdtemp(join(tmpdir(), PREFIX));
}

async function removeAbandoned(now: number): Promise<void> {
  for (const name of await readdir(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(tmpdir(), name);
    if (now - (await stat(path)).mtimeMs > ABANDONED_AFTER_MS) await rm(path, { recursive: true, force: true });
  }
}
