import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Tx } from '@app/database';
import { allocateLocalNo, allocateLocalNos, beijingDay, formatLocalNo } from './local-order-numbers.js';

/**
 * Draws local order numbers (`TRT-20261203-0007`) without holding the day's counter row until the intake commits.
 * Drawn inside the intake's transaction, the row lock made every hand-entered intake of a street wait for the one
 * before it to commit, fsync included (issue 14: most backends of the intake bench were queued on it). Here the draw
 * is its own statement on its own small pool, so the lock lasts one statement; an intake that rolls back hands its
 * number back, and the next draw of that street and day takes the lowest number handed back before a new one. The
 * numbers stay unique and without gaps, except where a process dies between the draw and its rollback; they
 * are no longer in commit order.
 *
 * The embedded database has one connection and one writer at a time: there the draw stays in the transaction.
 */
@Injectable()
export class LocalNumberDrawer implements OnModuleDestroy {
  private readonly pool: pg.Pool | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = config.embedded || !config.database.url
      ? null
      : new pg.Pool({ connectionString: config.database.url, max: 2, application_name: 'hotline-desk-order-numbers' });
  }

  async draw(t: Tx, streetCode: string): Promise<string> {
    if (!this.pool) return allocateLocalNo(t.manager, streetCode, t.now);
    const day = beijingDay(t.now);
    const { rows } = await this.pool.query<{ n: number; prefix: string }>(DRAW_SQL, [streetCode, day]);
    const { n, prefix } = rows[0]!;
    const localNo = formatLocalNo(prefix, day, n);
    t.afterRollback(async () => {
      // Handed back only if no order holds it: a commit whose answer was lost reaches here although it stands.
      await this.pool!.query(
        `INSERT INTO order_number_returned (street_code, day, n)
         SELECT $1::varchar, $2::date, $3::int WHERE NOT EXISTS (SELECT 1 FROM work_order WHERE street_code = $1::varchar AND local_no = $4::text)
         ON CONFLICT DO NOTHING`,
        [streetCode, day, n, localNo],
      );
    });
    return localNo;
  }

  /** `count` numbers for a batch (an import's rows without a platform number), in drawing order. */
  async drawMany(t: Tx, streetCode: string, count: number): Promise<string[]> {
    if (!this.pool) return allocateLocalNos(t.manager, streetCode, t.now, count);
    const numbers: string[] = [];
    for (let i = 0; i < count; i++) numbers.push(await this.draw(t, streetCode));
    return numbers;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }
}

/** The lowest number handed back for the street and day, else the counter's next; one statement, one row lock. */
const DRAW_SQL = `
  WITH taken AS (
    DELETE FROM order_number_returned r
     WHERE (r.street_code, r.day, r.n) = (SELECT street_code, day, n FROM order_number_returned
                                           WHERE street_code = $1 AND day = $2 ORDER BY n LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING r.n),
  fresh AS (
    INSERT INTO order_number_counter (street_code, day, last_no)
    SELECT $1, $2, 1 WHERE NOT EXISTS (SELECT 1 FROM taken)
    ON CONFLICT (street_code, day) DO UPDATE SET last_no = order_number_counter.last_no + 1
    RETURNING last_no AS n)
  SELECT n, (SELECT coalesce(short_code, code) FROM street WHERE code = $1) AS prefix
    FROM (SELECT n FROM taken UNION ALL SELECT n FROM fresh) drawn`;
