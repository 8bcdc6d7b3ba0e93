import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.factory.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/**
 * DESIGN §12: PGlite is one session. In embedded mode a rolled-back request must neither undo nor keep a concurrent
 * request's writes. Fifty transactions interleave on purpose (each sleeps between its write and its end), half of
 * them roll back, and plain statements run outside any transaction at the same time.
 */
let embedded: EmbeddedPostgres;
let ds: DataSource;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  embedded = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'hd-embedded-')));
  ds = createDataSource({ url: embedded.url, poolSize: 1, entities: [], migrations: [], applicationName: 'isolation-test' });
  await ds.initialize();
  await ds.query('CREATE TABLE probe (id serial PRIMARY KEY, label text NOT NULL)');
}, 60_000);

afterAll(async () => {
  await ds?.destroy();
  await embedded?.stop();
});

describe('embedded PostgreSQL (PGlite over one socket connection)', () => {
  it('when 50 transactions commit or roll back concurrently with plain writes, then exactly the committed rows remain', async () => {
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 50 }, (_, i) =>
        ds.transaction(async (m) => {
          await m.query('INSERT INTO probe (label) VALUES ($1)', [`tx-${i}`]);
          await sleep((i * 7) % 13);
          await m.query('INSERT INTO probe (label) VALUES ($1)', [`tx-${i}-second`]);
          if (i % 2 === 1) throw new Error(`rollback ${i}`);
        }),
      ),
      ...Array.from({ length: 20 }, (_, i) => sleep(i % 5).then(() => ds.query('INSERT INTO probe (label) VALUES ($1)', [`plain-${i}`]))),
    ]);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(25);

    const labels = new Set(((await ds.query('SELECT label FROM probe')) as { label: string }[]).map((r) => r.label));
    const expected = new Set<string>();
    for (let i = 0; i < 50; i += 2) expected.add(`tx-${i}`).add(`tx-${i}-second`);
    for (let i = 0; i < 20; i++) expected.add(`plain-${i}`);
    expect([...labels].sort()).toEqual([...expected].sort());
  });

  it('has the pg_trgm and pgcrypto extensions loaded', async () => {
    const [row] = await ds.query(`SELECT similarity('暖气不热', '暖气不热了') > 0.3 AS similar, length(gen_random_uuid()::text) AS len`);
    expect(row).toEqual({ similar: true, len: 36 });
  });
});
