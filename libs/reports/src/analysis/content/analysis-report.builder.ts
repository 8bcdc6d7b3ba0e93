import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@app/database';
import { StatsQueries } from '@app/stats';
import type { ReportDocument } from '../../domain/report-document.js';
import type { ReportRunContext } from '../../domain/report-run.js';
import { analysisDocument } from './analysis-document.js';
import { readStatsFigures, type AnalysisFigures, type StatsFigures } from './analysis-figures.js';
import { TypicalCasesSource } from './typical-cases.source.js';

/** Progress steps: eight groups of statistics reads (see `readStatsFigures`), then the typical cases. */
const STEPS = 9;

/**
 * Builds the 民意分析报告 (DESIGN §9) as a format-free `ReportDocument`: asks `libs/stats` every figure for the
 * requester and the period, finds the typical cases, and lets each section word them. Every number in the document
 * is one the statistics API gives for the same user and period.
 */
@Injectable()
export class AnalysisReportBuilder {
  constructor(
    private readonly stats: StatsQueries,
    private readonly cases: TypicalCasesSource,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async build(ctx: ReportRunContext): Promise<ReportDocument> {
    let done = 0;
    const step = (message: string) => ctx.progress(++done, STEPS, message);
    const stats = await readStatsFigures(this.stats, ctx.actor, ctx.period, step);
    const cases = await this.cases.find(ctx.actor, casesHints(stats));
    await step('选取典型案例');
    const figures: AnalysisFigures = { ...stats, cases, streetName: await this.streetName(ctx.actor.streetCode) };
    return analysisDocument(figures, ctx.now);
  }

  private async streetName(code: string): Promise<string> {
    const [row] = (await this.dataSource.query('SELECT name FROM street WHERE code = $1', [code])) as { name: string }[];
    return row?.name ?? code;
  }
}

/** What points at the typical cases: the top address, the top repeat caller, the top category, as stats found them. */
function casesHints(f: StatsFigures) {
  const place = f.hotspots.places[0];
  const caller = f.hotspots.repeatCallers[0];
  const category = f.hotspots.categories[0];
  return {
    from: f.overview.period.from,
    to: f.overview.period.to,
    place: place ? { place: place.place, count: place.count } : undefined,
    caller: caller ? { latestOrderId: caller.latestOrderId, count: caller.count } : undefined,
    category: category ? { key: category.key, label: category.label, count: category.count } : undefined,
  };
}
