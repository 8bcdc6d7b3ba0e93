import { explainCoverageGaps, type CoverageGapReport } from './coverage-gaps.js';
import { solveMip, type MipStatus } from './highs-runner.js';
import { checkRoster } from './roster-checker.js';
import { buildRosterModel } from './roster-model-builder.js';
import { scoreRoster } from './soft-score.js';
import type { SoftScoreOptions } from './soft-rule-basis.js';
import type { Assignment, RosterContext, RosterViolation, SoftScoreByRule } from './roster.types.js';

export interface GenerateRosterOptions extends SoftScoreOptions {
  /** Wall-clock limit of the solver; the best roster found so far is returned when it runs out. Default 60 s. */
  timeLimitSeconds?: number;
  /** Stop when the incumbent is proven within this relative gap (default 1e-4). */
  mipRelativeGap?: number;
  /** When the month is infeasible, solve the relaxed model to say which hours lack whom (default true). */
  explainInfeasibility?: boolean;
}

export interface RosterGenerationResult {
  /**
   * optimal: proven best within `mipRelativeGap`; feasible: a valid roster, possibly not the best (time limit);
   * infeasible: no roster keeps every hard rule — proven by HiGHS, by an hour nobody could fill, or by the relaxed
   * model's proven shortage (see coverageGaps); no_solution: time ran out before any roster and nothing was proven.
   */
  status: MipStatus;
  solverStatus: string;
  /** Solver objective: the weighted soft penalty of the roster (equals softScoreTotal at an optimum). */
  objective: number | null;
  /** Proven lower bound on the objective: no roster of this month can score better. */
  bestBound: number | null;
  /** (objective − bound) / objective as reported by HiGHS. */
  gap: number | null;
  solveMs: number;
  buildMs: number;
  roster: Assignment[];
  /** Recomputed from the roster by the independent scorer, not taken from the solver. */
  softScoreByRule: SoftScoreByRule;
  softScoreTotal: number;
  /** The independent checker's verdict on the roster; empty whenever status is optimal or feasible. */
  violations: RosterViolation[];
  coverageGaps?: CoverageGapReport;
  modelSize: { variables: number; rows: number };
}

/** Builds and solves the month (DESIGN §7), then lets the checker judge the result. */
export async function generateRoster(context: RosterContext, options: GenerateRosterOptions = {}): Promise<RosterGenerationResult> {
  const timeLimitSeconds = options.timeLimitSeconds ?? 60;
  const buildStarted = performance.now();
  const model = buildRosterModel(context, options);
  const lpText = model.lp.toLpText();
  const buildMs = performance.now() - buildStarted;
  const modelSize = { variables: model.lp.variableCount, rows: model.lp.rowCount };

  const explain = async (): Promise<CoverageGapReport | undefined> =>
    options.explainInfeasibility === false ? undefined : explainCoverageGaps(context, { timeLimitSeconds });

  if (model.unfillableRows.length > 0 || model.lp.variableCount === 0) {
    // Some hour has demand and nobody who could possibly be there: infeasible without asking the solver.
    // (No variable at all and nothing to fill: the empty roster is the answer.)
    const infeasible = model.unfillableRows.length > 0;
    const empty = scoreRoster(context, [], options);
    return {
      status: infeasible ? 'infeasible' : 'optimal',
      solverStatus: infeasible ? 'Not solved: coverage impossible' : 'Not solved: nothing to decide',
      objective: infeasible ? null : empty.total,
      bestBound: infeasible ? null : empty.total,
      gap: infeasible ? null : 0,
      solveMs: 0,
      buildMs,
      roster: [],
      softScoreByRule: empty.byRule,
      softScoreTotal: empty.total,
      violations: infeasible ? checkRoster(context, []) : [],
      coverageGaps: infeasible ? await explain() : undefined,
      modelSize,
    };
  }

  const outcome = await solveMip(lpText, { timeLimitSeconds, mipRelativeGap: options.mipRelativeGap });
  const roster = outcome.values.size > 0 ? model.decode(outcome.values) : [];
  const hasRoster = outcome.status === 'optimal' || outcome.status === 'feasible';
  const soft = scoreRoster(context, roster, options);
  // No roster in time: the relaxed model (fast) either proves a shortage, making the month infeasible, or not.
  const coverageGaps = outcome.status === 'infeasible' || outcome.status === 'no_solution' ? await explain() : undefined;
  const provenShort = coverageGaps?.relaxed?.minimal && (coverageGaps.relaxed.missingPersonHours.seats > 0 || coverageGaps.relaxed.missingPersonHours.dispatch > 0);
  return {
    status: outcome.status === 'no_solution' && provenShort ? 'infeasible' : outcome.status,
    solverStatus: outcome.solverStatus,
    objective: outcome.objective,
    bestBound: outcome.bestBound,
    gap: outcome.gap,
    solveMs: outcome.solveMs,
    buildMs,
    roster,
    softScoreByRule: soft.byRule,
    softScoreTotal: soft.total,
    violations: hasRoster ? checkRoster(context, roster) : [],
    coverageGaps,
    modelSize,
  };
}
