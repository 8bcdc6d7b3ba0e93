import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE, withIndexesDeferred } from '@app/database';
import { writeFacts } from '../facts/fact-writer.js';
import { orderFactOf } from '../facts/order-fact.js';
import { loadFactSources } from '../facts/order-fact-source.js';
import { StreetSegmenters } from '../keywords/street-segmenters.js';
import { addTerms, fillTermDaily, removeTerms, termsOfContents, writeOrderTerms } from '../keywords/term-writer.js';
import { rebuildSources } from './rebuild-sources.js';
import { applyDailySql, applyDurationSql, fillDailySql, fillDurationSql } from './rollup-sql.js';

/** One refresher at a time: two applying deltas for the same order concurrently would count it twice. */
const REFRESH_LOCK = 0x5747_4154; // 'STAT'
const BATCH = 1000;
const REBUILT_TABLES = ['stats_daily', 'stats_daily_duration', 'stats_order_fact', 'stats_order_term', 'stats_term_daily'];

/**
 * Keeps the facts and rollups current: takes orders the triggers marked dirty, takes their old contribution out of
 * the rollups, rebuilds their facts from the order tables and puts the new contribution in — all in one transaction
 * per batch, so the rollups always equal the sum of the facts. Runs from a job every few seconds, and before every
 * statistics read (so a figure never lags the desk's own screens).
 */
@Injectable()
export class StatsRefresher {
  private readonly segmenters = new StreetSegmenters();

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Refreshes until nothing is dirty; returns how many orders it refreshed. */
  async refreshPending(): Promise<number> {
    // Every statistics read starts here: when nothing is dirty (the usual case) one plain read answers, without a
    // transaction and the lock that would queue the page's parallel requests behind each other.
    const [{ dirty }] = (await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM stats_dirty_order) AS dirty')) as { dirty: boolean }[];
    if (!dirty) return 0;
    let total = 0;
    for (;;) {
      const n = await this.dataSource.transaction((m) => this.refreshBatch(m));
      total += n;
      if (n < BATCH) return total;
    }
  }

  /**
   * Drops every fact and rollup and builds them again from the order tables (`npm run stats:rebuild`, the benchmark):
   * after a change to how facts are derived, or to repair what `stats:verify` found. One transaction: facts and
   * words in batches, then the rollups and the words' daily sums once over all of them, into tables emptied with
   * their indexes set aside (`withIndexesDeferred`). Orders changed meanwhile keep a newer mark and are folded in by
   * the next refresh.
   */
  async rebuildAll(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
      const [{ seq }] = (await m.query(`SELECT coalesce(max(seq), 0) AS seq FROM stats_dirty_order`)) as { seq: string }[];
      await m.query(`TRUNCATE ${REBUILT_TABLES.join(', ')}`);
      // The rollups group every fact at once: in the default 4 MB their hash tables spill to disk in dozens of batches.
      await m.query(`SET LOCAL work_mem = '128MB'`);
      await m.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      // The facts' primary key stays: writeFacts upserts on it, and batches in id order only ever append to it.
      const built = await withIndexesDeferred(m, REBUILT_TABLES, ['stats_order_fact_pkey'], async () => {
        let n = 0;
        for await (const batch of rebuildSources(this.dataSource, m, 5000)) {
          await writeFacts(m, batch.map(({ source }) => orderFactOf(source)));
          const contents = batch.map(({ source, content }) => ({ id: source.id, street_code: source.streetCode, content }));
          await writeOrderTerms(m, await termsOfContents(m, this.segmenters, contents));
          n += batch.length;
        }
        await fillTermDaily(m);
        // The planner guesses the daily rollup's groups at about ten times what they are (92,609 at 200,000 orders)
        // and, below this, sorts most grouping sets on disk (424 MB of temp files, 16–18 s there) instead of hashing
        // them in about 110 MB (6.3 s).
        await m.query(`SET LOCAL work_mem = '512MB'`);
        await m.query(fillDailySql());
        await m.query(`SET LOCAL work_mem = '128MB'`);
        await m.query(fillDurationSql());
        return n;
      });
      await m.query('DELETE FROM stats_dirty_order WHERE seq <= $1', [seq]);
      return built;
    });
  }

  private async refreshBatch(m: EntityManager): Promise<number> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
    const marks = (await m.query('SELECT order_id, seq FROM stats_dirty_order ORDER BY seq LIMIT $1', [BATCH])) as { order_id: string; seq: string }[];
    if (marks.length === 0) return 0;
    const ids = marks.map((r) => r.order_id);
    await this.refreshOrders(m, ids);
    // Only the marks this batch saw: an order changed meanwhile has a newer seq and stays dirty.
    await m.query(
      `DELETE FROM stats_dirty_order d USING unnest($1::uuid[], $2::bigint[]) AS seen(order_id, seq)
        WHERE d.order_id = seen.order_id AND d.seq = seen.seq`,
      [ids, marks.map((r) => r.seq)],
    );
    return marks.length;
  }

  /** Replaces the facts of `ids` and moves the rollups by the difference (in the caller's transaction). */
  async refreshOrders(m: EntityManager, ids: readonly string[]): Promise<void> {
    const mine = 'f.order_id = ANY($1::uuid[])';
    await removeTerms(m, ids);
    await m.query(applyDailySql(mine, -1), [ids]);
    await m.query(applyDurationSql(mine, -1), [ids]);
    await m.query('DELETE FROM stats_order_fact WHERE order_id = ANY($1::uuid[])', [ids]);
    const facts = (await loadFactSources(m, ids)).map(orderFactOf);
    await writeFacts(m, facts);
    await addTerms(m, this.segmenters, ids);
    await m.query(applyDailySql(mine, 1), [ids]);
    await m.query(applyDurationSql(mine, 1), [ids]);
  }
}
