import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { AuditCheckpoint } from './audit-checkpoint.js';
import { createAnchorStore } from './create-anchor-store.js';
import { FileAnchorStore } from './file-anchor-store.js';

const checkpoint = (n: number): AuditCheckpoint => ({ at: new Date(Date.UTC(2026, 10, 25, 2, n * 5)).toISOString(), heads: [{ streetCode: '110102016', id: n, hash: 'a'.repeat(64) }] });

describe('FileAnchorStore (the embedded default, without Redis)', () => {
  it('when nothing was saved yet, then there are no checkpoints and no file is created', async () => {
    const store = new FileAnchorStore(join(mkdtempSync(join(tmpdir(), 'hd-anchor-')), 'audit-anchors.json'));
    expect(await store.recent()).toEqual([]);
  });

  it('when checkpoints are saved at once, then none is lost, the newest comes first and the list stays bounded', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hd-anchor-')), 'nested', 'audit-anchors.json');
    const store = new FileAnchorStore(file, 3);
    await Promise.all([1, 2, 3, 4].map((n) => store.save(checkpoint(n))));
    expect((await store.recent()).map((c) => c.heads[0].id)).toEqual([4, 3, 2]);
    // Another process (the CLI) reads the same file.
    expect(await new FileAnchorStore(file).recent()).toEqual([checkpoint(4), checkpoint(3), checkpoint(2)]);
  });

  it('when REDIS_URL is not set, then checkpoints go to a file under DATA_DIR; when it is, to Redis', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hd-anchor-'));
    const file = createAnchorStore({ redis: {}, queue: { driver: 'in-process', prefix: 'hd' }, dataDir });
    expect(file).toMatchObject({ kind: 'file', file: join(dataDir, 'audit-anchors.json') });
    const redis = createAnchorStore({ redis: { url: 'redis://127.0.0.1:6379' }, queue: { driver: 'bullmq', prefix: 'desk1' }, dataDir });
    expect(redis).toMatchObject({ kind: 'redis', latestKey: 'desk1:audit-anchor:latest', historyKey: 'desk1:audit-anchor:history' });
    await redis.close();
  });
});
