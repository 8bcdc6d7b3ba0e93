import type { EntityManager } from 'typeorm';
import { termCounts } from './order-terms.js';
import type { StreetSegmenters } from './street-segmenters.js';

/**
 * Keeps the keyword tables in step with the facts: takes the orders' old words out of the daily sums, segments their
 * content again and puts the new words in — in the refresher's transaction, on each order's received day (from its
 * fact, so the fact must be written first and removed last).
 */
export async function removeTerms(m: EntityManager, ids: readonly string[]): Promise<void> {
  await m.query(
    `WITH old AS (
       SELECT f.street_code, f.received_day AS day, t.term, sum(t.tf)::int AS tf, count(*)::int AS docs
         FROM stats_order_term t JOIN stats_order_fact f ON f.order_id = t.order_id
        WHERE t.order_id = ANY($1::uuid[]) GROUP BY 1, 2, 3)
     UPDATE stats_term_daily d SET tf = d.tf - old.tf, docs = d.docs - old.docs
       FROM old WHERE d.street_code = old.street_code AND d.day = old.day AND d.term = old.term`,
    [ids],
  );
  await m.query('DELETE FROM stats_order_term WHERE order_id = ANY($1::uuid[])', [ids]);
}

export interface OrderTerm {
  order_id: string;
  term: string;
  tf: number;
}

/** The orders' words, segmented from their content now. */
export async function orderTermsOf(m: EntityManager, segmenters: StreetSegmenters, ids: readonly string[]): Promise<OrderTerm[]> {
  const orders = (await m.query('SELECT id, street_code, content FROM work_order WHERE id = ANY($1::uuid[])', [ids])) as OrderContent[];
  return termsOfContents(m, segmenters, orders);
}

export interface OrderContent {
  id: string;
  street_code: string;
  content: string;
}

/** The words of orders whose content is already read. */
export async function termsOfContents(m: EntityManager, segmenters: StreetSegmenters, orders: readonly OrderContent[]): Promise<OrderTerm[]> {
  const rows: OrderTerm[] = [];
  for (const o of orders) {
    const segmenter = await segmenters.of(m, o.street_code);
    // A person's name, or a piece of one (search mode cuts 王建国 into 建国 too), is never a keyword.
    const names = segmenter.personNames(o.content);
    const words = segmenter.cut(o.content).filter((w) => !names.some((name) => name.includes(w)));
    for (const [term, tf] of termCounts(words)) rows.push({ order_id: o.id, term, tf: Math.min(tf, 32767) });
  }
  return rows;
}

export async function writeOrderTerms(m: EntityManager, rows: readonly OrderTerm[], table = 'stats_order_term'): Promise<void> {
  for (let i = 0; i < rows.length; i += 20_000) {
    await m.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::stats_order_term, $1::json)`, [JSON.stringify(rows.slice(i, i + 20_000))]);
  }
}

/** The daily word sums of the orders' words (over every order's words for `true`). */
function termDailySql(where: string): string {
  return `
    INSERT INTO stats_term_daily (street_code, day, term, tf, docs)
    SELECT f.street_code, f.received_day, t.term, sum(t.tf)::int, count(*)::int
      FROM stats_order_term t JOIN stats_order_fact f ON f.order_id = t.order_id
     WHERE ${where} GROUP BY 1, 2, 3`;
}

/** Sums every order's words into an emptied stats_term_daily, once, after a rebuild wrote them all. */
export async function fillTermDaily(m: EntityManager): Promise<void> {
  await m.query(termDailySql('true'));
}

export async function addTerms(m: EntityManager, segmenters: StreetSegmenters, ids: readonly string[]): Promise<void> {
  const rows = await orderTermsOf(m, segmenters, ids);
  if (rows.length === 0) return;
  await writeOrderTerms(m, rows);
  await m.query(
    `${termDailySql('t.order_id = ANY($1::uuid[])')}
     ON CONFLICT (street_code, day, term) DO UPDATE SET tf = stats_term_daily.tf + EXCLUDED.tf, docs = stats_term_daily.docs + EXCLUDED.docs`,
    [ids],
  );
}
