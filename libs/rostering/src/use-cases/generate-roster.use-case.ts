import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { bestRoster, buildGreedyRoster, checkRoster, figuresAgainstBound, scoreRoster, type Assignment, type RosterFigures, type RosterViolation } from '@app/roster';
import { generateRosterInThread } from '../solver/solve-in-thread.js';
import { RosterRepository } from '../persistence/roster.repository.js';
import { RosterContextLoader } from './roster-context.loader.js';
import { rosterSummary } from './roster-views.js';

export const GenerateRosterBody = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
  /** optimiser: HiGHS MIP (the default); greedy: the quick rota, judged by the same checker. */
  method: z.enum(['optimiser', 'greedy']).default('optimiser'),
  timeLimitSeconds: z.number().int().min(1).max(300).default(30),
});
export type GenerateRosterInput = z.infer<typeof GenerateRosterBody>;

export interface GenerationReport {
  method: 'optimiser' | 'greedy';
  /** optimal | feasible | infeasible | no_solution | error (solver), or greedy */
  status: string;
  solverStatus: string | null;
  /** Of the roster kept: the solver's objective, or the quick rota's soft score when it was kept (see `fallback`). */
  objective: number | null;
  /** The solver's proven lower bound for the month (no roster can score better). */
  bestBound: number | null;
  /** Relative distance of the kept roster's objective from the bound. */
  gap: number | null;
  solveMs: number;
  timeLimitSeconds: number | null;
  /**
   * The quick rota was kept instead of the optimiser's roster: `no_solution` — the solver found nothing in time;
   * `better_soft_score` — within the time limit it found only rosters the quick rota beats. Either way the checker
   * accepted the rota.
   */
  fallback: 'greedy' | null;
  fallbackReason: 'no_solution' | 'better_soft_score' | null;
  softScoreByRule: Record<string, number>;
  softScoreTotal: number;
  violations: RosterViolation[];
  /** Hour-by-hour explanation when the month cannot be covered ("2026-12-24 00:00–08:00 缺 1 名具备派单资质人员"). */
  infeasibility: string[] | null;
}

/**
 * `POST /api/roster/generate`: solves the month and stores the result as a new draft revision. The solve runs in
 * a worker thread (HiGHS in WebAssembly is synchronous) and outside any transaction; only the final write is one.
 */
@Injectable()
export class GenerateRoster {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly contexts: RosterContextLoader,
  ) {}

  async execute(actor: Actor, input: GenerateRosterInput) {
    const street = actor.streetCode;
    const context = await this.contexts.load(this.dataSource.manager, street, input.month);
    const started = performance.now();
    let roster: Assignment[];
    let report: GenerationReport;
    if (input.method === 'greedy') {
      roster = buildGreedyRoster(context, { spareDispatchers: true });
      const soft = scoreRoster(context, roster);
      report = {
        method: 'greedy', status: 'greedy', solverStatus: null, objective: soft.total, bestBound: null, gap: null,
        solveMs: Math.round(performance.now() - started), timeLimitSeconds: null, fallback: null, fallbackReason: null,
        softScoreByRule: soft.byRule, softScoreTotal: soft.total, violations: checkRoster(context, roster), infeasibility: null,
      };
    } else {
      const result = await generateRosterInThread(context, { timeLimitSeconds: input.timeLimitSeconds });
      roster = result.roster;
      let fallback: 'greedy' | null = null;
      let fallbackReason: GenerationReport['fallbackReason'] = null;
      // The report's figures are those of the roster kept: the solver's own, or the quick rota's against its bound.
      let figures: RosterFigures = { objective: result.objective, bestBound: result.bestBound, gap: result.gap };
      if (result.status !== 'infeasible') {
        // The month's users get the better of the two rosters the judges accept (the optimiser's when tied).
        const greedy = buildGreedyRoster(context, { spareDispatchers: true });
        const judged = (source: 'optimiser' | 'greedy', r: Assignment[]) => ({ source, roster: r, violations: r.length ? checkRoster(context, r).length : 1, softScore: scoreRoster(context, r).total });
        const kept = bestRoster([judged('optimiser', result.roster), judged('greedy', greedy)]);
        if (kept?.source === 'greedy') {
          [roster, fallback] = [greedy, 'greedy'];
          fallbackReason = result.status === 'no_solution' ? 'no_solution' : 'better_soft_score';
          figures = figuresAgainstBound(kept.softScore, result.bestBound);
        }
      }
      // An infeasible month keeps the relaxed model's roster (every rule but coverage): a start for manual edits.
      if (!roster.length && result.coverageGaps?.relaxed) roster = result.coverageGaps.relaxed.roster;
      const soft = scoreRoster(context, roster);
      report = {
        method: 'optimiser',
        status: result.status,
        solverStatus: result.solverStatus,
        ...figures,
        solveMs: Math.round(result.solveMs),
        timeLimitSeconds: input.timeLimitSeconds,
        fallback,
        fallbackReason,
        softScoreByRule: soft.byRule,
        softScoreTotal: soft.total,
        violations: checkRoster(context, roster),
        infeasibility: result.coverageGaps?.messages ?? null,
      };
    }

    const saved = await this.tx.run(actor, async (t) => {
      const row = await RosterRepository.create(t.manager, street, {
        month: input.month,
        source: report.fallback ?? report.method,
        generation: { ...report, violations: report.violations.length },
        createdBy: actor.id,
        now: t.now,
      });
      await RosterRepository.insertAssignments(t.manager, street, row.id, roster, context.templates);
      t.audit({
        action: 'roster.generate',
        entityType: 'roster',
        entityId: row.id,
        after: { month: input.month, revision: row.revision, assignments: roster.length, ...report, violations: report.violations.length },
      });
      return row;
    });
    return { id: saved.id, roster: rosterSummary(saved), report };
  }
}
