import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import type { DeliveredCoverage } from '@app/roster';
import { CoverageReport } from '@app/rostering';
import { StatsQueries } from '@app/stats';

/** One month's coverage as far as it lies in the confirmed period. */
export interface CoverageMonth {
  month: string;
  /** The month's days inside the period (all of them, or the term's first or last days). */
  from: string;
  to: string;
  demandHours: number;
  coveredHours: number;
  coverageRate: number | null;
  seatHoursRequired: number;
  seatHoursDelivered: number;
}

/** What the desk delivered in the period, each figure as its own layer answers it. */
export interface FeeEvidence {
  coverage: CoverageMonth[];
  overview: Awaited<ReturnType<StatsQueries['overview']>>;
  timeliness: Awaited<ReturnType<StatsQueries['timeliness']>>;
}

/**
 * The evidence of a fee confirmation (DESIGN §11: the evaluation rests on data): coverage delivered from the
 * roster's check-ins (`CoverageReport`), and volumes, clocks met, three rates and the composite score from the
 * statistics layer — asked for the same Beijing days as the fees, so a natural month even where the street's
 * assessment month runs 19th–18th.
 */
@Injectable()
export class FeeEvidenceReader {
  constructor(
    private readonly coverage: CoverageReport,
    private readonly stats: StatsQueries,
  ) {}

  async read(actor: SessionActor, from: string, to: string): Promise<FeeEvidence> {
    const range = { from, to };
    const [overview, timeliness] = await Promise.all([this.stats.overview(actor, range), this.stats.timeliness(actor, range)]);
    const coverage: CoverageMonth[] = [];
    for (const month of monthsOf(from, to)) coverage.push(within(await this.coverage.deliveredOf(actor.streetCode, month), from, to));
    return { coverage, overview, timeliness };
  }
}

/** The report's totals when the whole month is inside the period; else its days inside summed. */
function within(report: DeliveredCoverage, from: string, to: string): CoverageMonth {
  const days = report.days.filter((d) => d.date >= from && d.date <= to);
  const first = days[0]?.date ?? from;
  const last = days[days.length - 1]?.date ?? to;
  if (days.length === report.days.length) return { month: report.month, from: first, to: last, ...report.totals };
  const sum = (key: 'demandHours' | 'coveredHours' | 'seatHoursRequired' | 'seatHoursDelivered') => days.reduce((s, d) => s + d[key], 0);
  const demandHours = sum('demandHours');
  return {
    month: report.month,
    from: first,
    to: last,
    demandHours,
    coveredHours: sum('coveredHours'),
    // The same ratio `deliveredCoverage` reports for a whole month, over the days in the period.
    coverageRate: demandHours === 0 ? null : Math.round((sum('coveredHours') / demandHours) * 10_000) / 10_000,
    seatHoursRequired: sum('seatHoursRequired'),
    seatHoursDelivered: sum('seatHoursDelivered'),
  };
}

function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number);
  for (let key = from.slice(0, 7); key <= to.slice(0, 7); key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    if (++month > 12) (year += 1), (month = 1);
  }
  return months;
}
