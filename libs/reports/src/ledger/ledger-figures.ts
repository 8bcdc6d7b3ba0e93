import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { StatsQueries } from '@app/stats';
import type { ReportPeriodRequest } from '../domain/report-run.js';

type Of<K extends keyof StatsQueries> = StatsQueries[K] extends (...args: never[]) => Promise<infer R> ? R : never;
export type Overview = Of<'overview'>;
export type Volumes = Of<'volumes'>;
export type Rates = Of<'rates'>;
export type Rankings = Of<'rankings'>;
export type Timeliness = Of<'timeliness'>;
/** Volumes grouped by a dimension (not by day, week or month): with a total and shares. */
export type DimensionVolumes = Extract<Volumes, { total: number }>;
/** Rates grouped by unit or community. */
export type DimensionRates = Extract<Rates, { items: unknown[] }>;

export interface CategoryFigures {
  volumes: DimensionVolumes;
  /** The three rates of each listed category (level 3), the category as the statistics filter. */
  rates: Map<string, Rates['overall']>;
}

/** Everything the summary sheets show, as libs/stats answers it — the same numbers as the 统计 page. */
export interface LedgerStats {
  overview: Overview;
  categories: CategoryFigures;
  communities: { volumes: DimensionVolumes; rates: DimensionRates };
  units: { volumes: DimensionVolumes; rates: DimensionRates };
  rankings: { units: Rankings; communities: Rankings };
  timeliness: Timeliness;
}

/**
 * Reads the period's figures from `StatsQueries` in the requester's scope. Each query settles pending statistics
 * first (`StatsRefresher.refreshPending`, inside StatsQueries), so nothing is refreshed here. Nothing is computed
 * here either: the sheets lay out what comes back.
 */
@Injectable()
export class LedgerFigures {
  constructor(private readonly stats: StatsQueries) {}

  async collect(actor: SessionActor, period: ReportPeriodRequest): Promise<LedgerStats> {
    const q = { ...period };
    const overview = await this.stats.overview(actor, q);
    const categoryVolumes = byDimension(await this.stats.volumes(actor, q, 'cat3'));
    const categoryRates = new Map<string, Rates['overall']>();
    for (const item of categoryVolumes.items) categoryRates.set(item.key, (await this.stats.rates(actor, { ...q, category: item.key })).overall);
    return {
      overview,
      categories: { volumes: categoryVolumes, rates: categoryRates },
      communities: { volumes: byDimension(await this.stats.volumes(actor, q, 'community')), rates: ranked(await this.stats.rates(actor, q, 'community')) },
      units: { volumes: byDimension(await this.stats.volumes(actor, q, 'unit')), rates: ranked(await this.stats.rates(actor, q, 'unit')) },
      rankings: { units: await this.stats.rankings(actor, q, 'unit'), communities: await this.stats.rankings(actor, q, 'community') },
      timeliness: await this.stats.timeliness(actor, q),
    };
  }
}

function byDimension(v: Volumes): DimensionVolumes {
  if (!('total' in v)) throw new Error('volumes by a dimension expected');
  return v;
}

function ranked(r: Rates): DimensionRates {
  if (!('items' in r)) throw new Error('rates by unit or community expected');
  return r;
}
