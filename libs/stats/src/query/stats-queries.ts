import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { maskPhone } from '@app/access';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_SOURCE } from '@app/database';
import { ForbiddenError } from '@app/errors';
import { CitizenPii, ORDER_CLOCK_LABELS } from '@app/orders';
import { addDays, beijingDay, daysOf, previousPeriod, samePeriodLastYear, type Period } from '../domain/assessment-period.js';
import { changeOf } from '../domain/change.js';
import { quantileOf } from '../domain/duration-histogram.js';
import { describeRateConfig, type DatedRateConfig } from '../domain/rate-config.js';
import { isKeyword, rankKeywords } from '../domain/keywords.js';
import { rankEntries } from '../domain/ranking.js';
import { suddenRises } from '../domain/sudden-rises.js';
import { threeRates, type RateCounts } from '../domain/three-rates.js';
import { FACT_CLOCKS, FACT_CLOCK_SOURCE } from '../facts/order-fact.js';
import { stopWordsOf } from '../keywords/stop-words.js';
import { StatsRefresher } from '../rollups/stats-refresher.js';
import type { Dimension } from '../rollups/rollup-sql.js';
import { labelsOf } from './dimension-labels.js';
import { factFilterClauses } from './fact-filters.js';
import { sumDurations, sumMeasures, VOLUME_AND_RATE_MEASURES, type Measures } from './measure-source.js';
import { loadRateConfigs } from './rate-configs.js';
import { resolveRequest, type ResolvedRequest, type StatsQuery } from './stats-request.js';
import type { StatsScope } from './stats-scope.js';

export type VolumeGrouping = 'day' | 'week' | 'month' | Exclude<Dimension, 'all'>;
export type RankedOf = 'unit' | 'community';

const countsOf = (m: Measures): RateCounts => ({
  responseBase: m.response_base ?? 0, contacted: m.contacted ?? 0, fullBase: m.full_base ?? 0,
  solved: m.solved ?? 0, satisfied: m.satisfied ?? 0, basicallySatisfied: m.basically ?? 0,
});
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
/** Volumes need only the count of orders received. */
const RECEIVED = ['received'] as const;

/**
 * The statistics layer's answers (DESIGN §8). Every figure a leader sees — the 统计 page, the ledger, the report, the
 * review metrics' rates — comes from here; each reads the rollups (or the facts, through the same SQL) and applies the
 * pure formulas of `domain/`.
 */
@Injectable()
export class StatsQueries {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly refresher: StatsRefresher,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async overview(actor: SessionActor, q: StatsQuery) {
    const req = await this.prepare(actor, q);
    const m = this.dataSource.manager;
    const [current, previous, lastYear] = await Promise.all(
      [req.period, previousPeriod(req.period), samePeriodLastYear(req.period)].map(async (p) => (await sumMeasures(m, this.scope(actor, req, p), 'all', false, VOLUME_AND_RATE_MEASURES))[0]?.m ?? {}),
    );
    const rates = threeRates(countsOf(current), req.config);
    const now = await this.openNow(actor, req);
    return {
      ...this.header(req),
      total: current.received ?? 0,
      change: { monthOnMonth: changeOf(current.received ?? 0, previous.received ?? 0), yearOnYear: changeOf(current.received ?? 0, lastYear.received ?? 0) },
      ...now,
      rates: { ...rates, change: { monthOnMonth: changeOf(rates.composite, threeRates(countsOf(previous), req.config).composite) } },
    };
  }

  async volumes(actor: SessionActor, q: StatsQuery, by: VolumeGrouping) {
    const req = await this.prepare(actor, q);
    const m = this.dataSource.manager;
    if (by === 'day' || by === 'week' || by === 'month') {
      const rows = await sumMeasures(m, this.scope(actor, req, req.period), 'all', true, RECEIVED);
      const buckets = new Map<string, number>();
      for (const day of daysOf(req.period)) buckets.set(timeKey(day, by), 0);
      for (const r of rows) buckets.set(timeKey(r.day!, by), (buckets.get(timeKey(r.day!, by)) ?? 0) + (r.m.received ?? 0));
      return { ...this.header(req), by, items: [...buckets].map(([key, count]) => ({ key, label: key, count })) };
    }
    const [rows, before, all] = await Promise.all([
      sumMeasures(m, this.scope(actor, req, req.period), by, false, RECEIVED),
      sumMeasures(m, this.scope(actor, req, previousPeriod(req.period)), by, false, RECEIVED),
      sumMeasures(m, this.scope(actor, req, req.period), 'all', false, RECEIVED),
    ]);
    const previous = new Map(before.map((r) => [r.key, r.m.received ?? 0]));
    const labels = await labelsOf(m, actor.streetCode, by, rows.map((r) => r.key));
    const total = rows.reduce((s, r) => s + (r.m.received ?? 0), 0);
    const items = rows
      .filter((r) => (r.m.received ?? 0) > 0)
      .map((r) => ({ key: r.key, label: labels.get(r.key)!, count: r.m.received, share: ratio(r.m.received, total), change: changeOf(r.m.received, previous.get(r.key) ?? 0) }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
    // Orders with no value for the grouping (not yet classified, no community, not dispatched to a unit) are counted
    // apart, so a table of the groups can still add up to the period's total.
    const grandTotal = all[0]?.m.received ?? 0;
    return { ...this.header(req), by, total, unassigned: grandTotal - total, grandTotal, items };
  }

  async rates(actor: SessionActor, q: StatsQuery, by?: RankedOf) {
    const req = await this.prepare(actor, q);
    const m = this.dataSource.manager;
    const overall = threeRates(countsOf((await sumMeasures(m, this.scope(actor, req, req.period), 'all', false, VOLUME_AND_RATE_MEASURES))[0]?.m ?? {}), req.config);
    if (!by) return { ...this.header(req), overall };
    const rows = await sumMeasures(m, this.scope(actor, req, req.period), by, false, VOLUME_AND_RATE_MEASURES);
    const labels = await labelsOf(m, actor.streetCode, by, rows.map((r) => r.key));
    const items = rows
      .map((r) => ({ key: r.key, label: labels.get(r.key)!, volume: r.m.received, ...threeRates(countsOf(r.m), req.config) }))
      .sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1) || b.volume - a.volume);
    return { ...this.header(req), by, overall, items };
  }

  async rankings(actor: SessionActor, q: StatsQuery, of: RankedOf) {
    const req = await this.prepare(actor, q);
    const m = this.dataSource.manager;
    const entries = async (p: Period) =>
      (await sumMeasures(m, this.scope(actor, req, p), of, false, VOLUME_AND_RATE_MEASURES)).map((r) => ({ key: r.key, name: '', volume: r.m.received, rates: threeRates(countsOf(r.m), req.config) }));
    const [current, previous] = await Promise.all([entries(req.period), entries(previousPeriod(req.period))]);
    const labels = await labelsOf(m, actor.streetCode, of, [...current, ...previous].map((e) => e.key));
    const ranked = rankEntries(
      current.map((e) => ({ key: e.key, name: labels.get(e.key)!, score: e.rates.composite, volume: e.volume })),
      previous.map((e) => ({ key: e.key, name: labels.get(e.key)!, score: e.rates.composite, volume: e.volume })),
    );
    const rates = new Map(current.map((e) => [e.key, e.rates]));
    return { ...this.header(req), of, items: ranked.map((r) => ({ ...r, label: r.name, ...rates.get(r.key)! })) };
  }

  async timeliness(actor: SessionActor, q: StatsQuery) {
    const req = await this.prepare(actor, q);
    const m = this.dataSource.manager;
    const scope = this.scope(actor, req, req.period);
    const [[row], durations] = await Promise.all([sumMeasures(m, scope, 'all'), sumDurations(m, scope, 'all')]);
    const x = row?.m ?? {};
    const clocks = FACT_CLOCKS.map((c) => {
      const done = x[`${c}_done`] ?? 0;
      const late = x[`${c}_late`] ?? 0;
      const histogram: Record<number, number> = {};
      for (const d of durations) if (d.clock === c) histogram[d.bucket] = (histogram[d.bucket] ?? 0) + d.n;
      const p90 = quantileOf(histogram, 0.9);
      return {
        clock: c,
        label: ORDER_CLOCK_LABELS[FACT_CLOCK_SOURCE[c] as keyof typeof ORDER_CLOCK_LABELS],
        done, late, onTime: done - late, onTimeRate: ratio(done - late, done),
        averageMinutes: done > 0 ? Math.round((x[`${c}_minutes`] ?? 0) / done) : null,
        p90Minutes: p90 === null ? null : Math.round(p90),
      };
    });
    const received = x.received ?? 0;
    return {
      ...this.header(req),
      received,
      clocks,
      unitReturns: x.unit_returns ?? 0,
      unitReturnRate: ratio(x.unit_returns ?? 0, received),
      returnRequests: x.return_requests ?? 0,
      returnRequestRate: ratio(x.return_requests ?? 0, received),
      firstReviews: x.first_reviews ?? 0,
      firstPassRate: ratio(x.first_passed ?? 0, x.first_reviews ?? 0),
      reworks: x.reworks ?? 0,
      reworkRate: ratio(x.reworks ?? 0, x.first_reviews ?? 0),
      urges: x.urges ?? 0,
      duplicates: x.duplicates ?? 0,
      duplicateShare: ratio(x.duplicates ?? 0, received),
    };
  }

  async hotspots(actor: SessionActor, q: StatsQuery, limit = 15) {
    const req = await this.prepare(actor, q);
    const m = this.dataSource.manager;
    const scope = this.scope(actor, req, req.period);
    const { where, params } = receivedFactsWhere(scope);
    const places = (await m.query(
      `SELECT place, count(*)::int AS count, count(DISTINCT phone_hash)::int AS callers FROM stats_order_fact f
        WHERE ${where} GROUP BY place ORDER BY count DESC, place LIMIT ${limit}`,
      params,
    )) as { place: string; count: number; callers: number }[];
    const categories = await sumMeasures(m, scope, 'cat3', false, VOLUME_AND_RATE_MEASURES);
    const total = categories.reduce((s, r) => s + (r.m.received ?? 0), 0);
    const monthlyTopics = categories
      .map((r) => ({ key: r.key, label: r.key.split('/').join(' › '), volume: r.m.received ?? 0, ...threeRates(countsOf(r.m), req.config) }))
      .filter((c) => c.volume >= 3 && c.satisfactionRate !== null)
      // Expected dissatisfied callers: many orders and a low satisfaction both raise it.
      .map((c) => ({ ...c, weight: Math.round(c.volume * (1 - c.satisfactionRate!) * 10) / 10 }))
      .sort((a, b) => b.weight - a.weight || b.volume - a.volume)
      .slice(0, 10);
    return {
      ...this.header(req),
      places,
      categories: categories
        .filter((r) => (r.m.received ?? 0) > 0)
        .map((r) => ({ key: r.key, label: r.key.split('/').join(' › '), count: r.m.received, share: ratio(r.m.received, total) }))
        .sort((a, b) => b.count - a.count)
        .slice(0, limit),
      monthlyTopics,
      repeatCallers: await this.repeatCallers(actor, req),
      keywords: await this.keywords(scope),
    };
  }

  /**
   * Keywords of the scope by TF-IDF: counts from the daily word sums (or, with filters, from the orders' own words),
   * rarity from the street's orders of the 365 days ending with the period. The street's stop words are taken out
   * here, at read time, so an admin's change shows on the next read; the SQL leaves them out too, so that the 200
   * candidates are all keywords.
   */
  private async keywords(scope: StatsScope) {
    const m = this.dataSource.manager;
    const stopWords = await stopWordsOf(m, scope.streetCode);
    const filtered = Object.values(scope.filters).some(Boolean);
    let period: { term: string; tf: number; docs: number }[];
    if (!filtered) {
      period = (await m.query(
        `SELECT term, sum(tf)::int AS tf, sum(docs)::int AS docs FROM stats_term_daily
          WHERE street_code = $1 AND day BETWEEN $2 AND $3 AND term <> ALL($4::text[])
          GROUP BY term HAVING sum(docs) >= 2 ORDER BY sum(tf) DESC LIMIT 200`,
        [scope.streetCode, scope.fromDay, scope.toDay, stopWords],
      )) as typeof period;
    } else {
      const { where, params } = receivedFactsWhere(scope);
      params.push(stopWords);
      period = (await m.query(
        `SELECT t.term, sum(t.tf)::int AS tf, count(*)::int AS docs FROM stats_order_term t JOIN stats_order_fact f ON f.order_id = t.order_id
          WHERE ${where} AND t.term <> ALL($${params.length}::text[]) GROUP BY t.term HAVING count(*) >= 2 ORDER BY sum(t.tf) DESC LIMIT 200`,
        params,
      )) as typeof period;
    }
    const stop = new Set(stopWords);
    period = period.filter((p) => isKeyword(p.term, stop));
    if (period.length === 0) return [];
    const yearFrom = addDays(scope.toDay, -364);
    const background = (await m.query(
      `SELECT term, sum(docs)::int AS docs FROM stats_term_daily WHERE street_code = $1 AND day BETWEEN $2 AND $3 AND term = ANY($4::text[]) GROUP BY term`,
      [scope.streetCode, yearFrom, scope.toDay, period.map((p) => p.term)],
    )) as { term: string; docs: number }[];
    const [{ total }] = (await m.query(
      `SELECT coalesce(sum(received), 0)::int AS total FROM stats_daily WHERE street_code = $1 AND dim = 'all' AND day BETWEEN $2 AND $3`,
      [scope.streetCode, yearFrom, scope.toDay],
    )) as { total: number }[];
    const docsOf = new Map(background.map((b) => [b.term, b.docs]));
    return rankKeywords(period.map((p) => ({ term: p.term, tf: p.tf, docs: p.docs, backgroundDocs: docsOf.get(p.term) ?? p.docs })), total);
  }

  /** This week (the 7 days ending with the period's last day, or today) against the 8 weeks before it, by category. */
  async rises(actor: SessionActor, q: StatsQuery) {
    const req = await this.prepare(actor, q);
    const today = beijingDay(this.clock.now());
    const lastDay = [addDays(beijingDay(req.period.to), -1), today].sort()[0];
    const firstDay = addDays(lastDay, -62);
    const scope: StatsScope = { streetCode: actor.streetCode, fromDay: firstDay, toDay: lastDay, filters: this.filtersFor(actor, req) };
    const rows = await sumMeasures(this.dataSource.manager, scope, 'cat3', true, RECEIVED);
    const series = new Map<string, number[]>();
    for (const r of rows) {
      const week = Math.floor(daysApart(firstDay, r.day!) / 7);
      const weeks = series.get(r.key) ?? Array<number>(9).fill(0);
      weeks[week] += r.m.received ?? 0;
      series.set(r.key, weeks);
    }
    const rises = suddenRises([...series].map(([key, weeks]) => ({ key, label: key.split('/').join(' › '), weeks })));
    return { ...this.header(req), week: { from: addDays(lastDay, -6), to: lastDay }, items: rises };
  }

  /** Callers with 3+ orders in the 30 days ending with the period, by their keyed phone hash; phones shown masked. */
  private async repeatCallers(actor: SessionActor, req: ResolvedRequest) {
    const toDay = addDays(beijingDay(req.period.to), -1);
    const scope: StatsScope = { streetCode: actor.streetCode, fromDay: addDays(toDay, -29), toDay, filters: this.filtersFor(actor, req) };
    const { where, params } = receivedFactsWhere(scope);
    const rows = (await this.dataSource.query(
      `SELECT f.phone_hash, count(*)::int AS count, max(f.received_at) AS last_at,
              (array_agg(f.order_id ORDER BY f.received_at DESC))[1] AS latest_order_id
         FROM stats_order_fact f WHERE ${where} AND f.phone_hash IS NOT NULL
        GROUP BY f.phone_hash HAVING count(*) >= 3 ORDER BY count(*) DESC, max(f.received_at) DESC LIMIT 20`,
      params,
    )) as { phone_hash: string; count: number; last_at: Date; latest_order_id: string }[];
    const phones = rows.length
      ? ((await this.dataSource.query('SELECT id, citizen_phone_enc FROM work_order WHERE id = ANY($1::uuid[])', [rows.map((r) => r.latest_order_id)])) as { id: string; citizen_phone_enc: string | null }[])
      : [];
    const byOrder = new Map(phones.map((p) => [p.id, p.citizen_phone_enc]));
    return rows.map((r) => ({
      phone: maskPhone(this.pii.decrypt(byOrder.get(r.latest_order_id) ?? null)),
      count: r.count,
      lastReceivedAt: new Date(r.last_at).toISOString(),
      latestOrderId: r.latest_order_id,
    }));
  }

  /** Open and overdue orders now, by clock: a state, not a period's figure. */
  private async openNow(actor: SessionActor, req: ResolvedRequest) {
    const params: unknown[] = [actor.streetCode];
    const clauses = ['street_code = $1', 'is_open', ...factFilterClauses(this.filtersFor(actor, req), params)];
    const where = clauses.join(' AND ');
    const [counts] = (await this.dataSource.query(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE overdue)::int AS overdue FROM stats_order_fact WHERE ${where}`,
      params,
    )) as { open: number; overdue: number }[];
    const byClock = (await this.dataSource.query(
      `SELECT x.clock, count(*)::int AS n FROM stats_order_fact, unnest(overdue_clocks) x(clock) WHERE ${where} GROUP BY x.clock`,
      params,
    )) as { clock: string; n: number }[];
    return { openNow: counts.open, overdueNow: counts.overdue, overdueByClock: Object.fromEntries(byClock.map((r) => [r.clock, r.n])) };
  }

  private async prepare(actor: SessionActor, q: StatsQuery): Promise<ResolvedRequest> {
    if (actor.role === 'unit' && q.unitId && q.unitId !== actor.unitId) throw new ForbiddenError('STATS_OTHER_UNIT', '承办单位只能查看本单位的统计');
    // The scoring settings do not depend on the orders: read them while the refresher folds in any pending change.
    const [, configs] = await Promise.all([this.refresher.refreshPending(), loadRateConfigs(this.dataSource.manager, actor.streetCode)]);
    return resolveRequest(q, configs, this.clock.now());
  }

  /** A unit sees its own figures only. */
  private filtersFor(actor: SessionActor, req: ResolvedRequest) {
    return actor.role === 'unit' ? { ...req.filters, unitId: actor.unitId ?? '00000000-0000-0000-0000-000000000000' } : req.filters;
  }

  private scope(actor: SessionActor, req: ResolvedRequest, p: Period): StatsScope {
    return { streetCode: actor.streetCode, fromDay: beijingDay(p.from), toDay: addDays(beijingDay(p.to), -1), filters: this.filtersFor(actor, req) };
  }

  private header(req: ResolvedRequest) {
    const c: DatedRateConfig = req.config;
    return {
      period: { key: req.period.key, label: req.period.label, mode: req.period.mode, from: req.period.from.toISOString(), to: req.period.to.toISOString() },
      filters: req.filters,
      scoring: { effectiveFrom: c.effectiveFrom, weights: c.weights, basicallySatisfiedWeight: c.basicallySatisfiedWeight, periodMode: c.periodMode, description: describeRateConfig(c) },
    };
  }
}

/** The facts of the orders received in a scope (alias f), with its parameters. */
function receivedFactsWhere(scope: StatsScope): { where: string; params: unknown[] } {
  const params: unknown[] = [scope.streetCode, scope.fromDay, scope.toDay];
  const clauses = ['f.street_code = $1', 'f.received_day BETWEEN $2 AND $3', ...factFilterClauses(scope.filters, params, { alias: 'f' })];
  return { where: clauses.join(' AND '), params };
}

function daysApart(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** A day's bucket: itself, its ISO week's Monday, or its calendar month. */
function timeKey(day: string, by: 'day' | 'week' | 'month'): string {
  if (by === 'day') return day;
  if (by === 'month') return day.slice(0, 7);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
