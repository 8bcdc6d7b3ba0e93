import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '@app/database';
import { writeFacts } from '../facts/fact-writer.js';
import { orderFactOf } from '../facts/order-fact.js';
import { loadFactSources } from '../facts/order-fact-source.js';
import { dailyContributionsSql, durationContributionsSql, MEASURES } from './rollup-sql.js';
import { StreetSegmenters } from '../keywords/street-segmenters.js';
import { orderTermsOf, writeOrderTerms } from '../keywords/term-writer.js';
import { StatsRefresher } from './stats-refresher.js';

export interface StatsDifference {
  table: 'stats_order_fact' | 'stats_daily' | 'stats_daily_duration' | 'stats_order_term' | 'stats_term_daily';
  /** The first differing row, as stored and as recomputed (null: missing on that side). */
  stored: Record<string, unknown> | null;
  recomputed: Record<string, unknown> | null;
}

/**
 * Recomputes every fact from the raw order tables and every rollup from those facts, in a scratch table, and
 * compares them with what the refresher keeps (`npm run stats:verify`). Rollup rows summing to zero count as absent.
 */
@Injectable()
export class StatsVerifier {
  private readonly segmenters = new StreetSegmenters();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly refresher: StatsRefresher,
  ) {}

  async verify(): Promise<{ orders: number; difference: StatsDifference | null }> {
    await this.refresher.refreshPending();
    return this.dataSource.transaction(async (m) => {
      await m.query('CREATE TEMP TABLE verify_fact (LIKE stats_order_fact INCLUDING ALL) ON COMMIT DROP');
      await m.query('CREATE TEMP TABLE verify_term (LIKE stats_order_term INCLUDING ALL) ON COMMIT DROP');
      const ids = ((await m.query('SELECT id FROM work_order ORDER BY id')) as { id: string }[]).map((r) => r.id);
      for (let i = 0; i < ids.length; i += 5000) {
        const facts = (await loadFactSources(m, ids.slice(i, i + 5000))).map(orderFactOf);
        await writeFacts(m, facts, 'verify_fact');
        await writeOrderTerms(m, await orderTermsOf(m, this.segmenters, ids.slice(i, i + 5000)), 'verify_term');
      }
      const difference =
        (await firstDifference(m, 'stats_order_fact', 'SELECT * FROM stats_order_fact', 'SELECT * FROM verify_fact')) ??
        (await firstDifference(
          m, 'stats_daily',
          `SELECT street_code, dim, day, key, ${MEASURES.join(', ')} FROM stats_daily WHERE NOT (${MEASURES.map((x) => `${x} = 0`).join(' AND ')})`,
          `SELECT * FROM (${dailyContributionsSql('true', 1, 'verify_fact')}) r WHERE NOT (${MEASURES.map((x) => `${x} = 0`).join(' AND ')})`,
        )) ??
        (await firstDifference(
          m, 'stats_daily_duration',
          'SELECT street_code, dim, day, key, clock, bucket, n FROM stats_daily_duration WHERE n <> 0',
          `SELECT * FROM (${durationContributionsSql('true', 1, 'verify_fact')}) r WHERE n <> 0`,
        )) ??
        (await firstDifference(m, 'stats_order_term', 'SELECT * FROM stats_order_term', 'SELECT * FROM verify_term')) ??
        (await firstDifference(
          m, 'stats_term_daily',
          'SELECT street_code, day, term, tf, docs FROM stats_term_daily WHERE tf <> 0 OR docs <> 0',
          `SELECT f.street_code, f.received_day AS day, t.term, sum(t.tf)::int AS tf, count(*)::int AS docs
             FROM verify_term t JOIN verify_fact f ON f.order_id = t.order_id GROUP BY 1, 2, 3`,
        ));
      return { orders: ids.length, difference };
    });
  }
}

async function firstDifference(m: EntityManager, table: StatsDifference['table'], stored: string, recomputed: string): Promise<StatsDifference | null> {
  const [onlyStored] = (await m.query(`SELECT to_jsonb(x) AS row FROM ((${stored}) EXCEPT ALL (${recomputed})) x LIMIT 1`)) as { row: Record<string, unknown> }[];
  const [onlyRecomputed] = (await m.query(`SELECT to_jsonb(x) AS row FROM ((${recomputed}) EXCEPT ALL (${stored})) x LIMIT 1`)) as { row: Record<string, unknown> }[];
  if (!onlyStored && !onlyRecomputed) return null;
  return { table, stored: onlyStored?.row ?? null, recomputed: onlyRecomputed?.row ?? null };
}
