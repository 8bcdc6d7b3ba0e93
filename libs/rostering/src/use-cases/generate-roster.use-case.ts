import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, type Tx } from '@app/database';
import { buildGreedyRoster, checkRoster, scoreRoster, type Assignment, type MipProgress, type RosterViolation } from '@app/roster';
import { generateRosterInThread } from '../solver/solve-in-thread.js';
import { RosterRepository } from '../persistence/roster.repository.js';
import { RosterContextLoader } from './roster-context.loader.js';

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
  /** Stopped by the user's cancel: the roster is the best one found until then. */
  cancelled: boolean;
  /**
   * The quick rota HiGHS started from was kept instead of the solver's roster: `no_solution` — the solver found
   * nothing in time; `better_soft_score` — the solver ended before improving on it. Either way the checker
   * accepted the rota.
   */
  fallback: 'greedy' | null;
  fallbackReason: 'no_solution' | 'better_soft_score' | null;
  /** The quick rota's soft score: the optimiser's roster is never worse. */
  greedySoftScoreTotal: number | null;
  softScoreByRule: Record<string, number>;
  softScoreTotal: number;
  violations: RosterViolation[];
  /** Hour-by-hour explanation when the month cannot be covered ("2026-12-24 00:00–08:00 缺 1 名具备派单资质人员"). */
  infeasibility: string[] | null;
}

export interface SolveHooks {
  onProgress?: (progress: MipProgress) => void;
  signal?: AbortSignal;
}

/**
 * Solves the month (in a worker thread: HiGHS in WebAssembly is synchronous) and stores the result as a new draft
 * revision in the caller's transaction. Run by the `roster-generate` job, never inside a request.
 */
@Injectable()
export class GenerateRoster {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly contexts: RosterContextLoader,
  ) {}

  async solve(actor: Actor, input: GenerateRosterInput, hooks: SolveHooks = {}): Promise<{ roster: Assignment[]; report: GenerationReport; save: (t: Tx) => Promise<{ id: string }> }> {
    const context = await this.contexts.load(this.dataSource.manager, actor.streetCode, input.month);
    const started = performance.now();
    let roster: Assignment[];
    let report: GenerationReport;
    if (input.method === 'greedy') {
      roster = buildGreedyRoster(context, { spareDispatchers: true, blocks: true });
      const soft = scoreRoster(context, roster);
      report = {
        method: 'greedy', status: 'greedy', solverStatus: null, objective: soft.total, bestBound: null, gap: null,
        solveMs: Math.round(performance.now() - started), timeLimitSeconds: null, cancelled: false, fallback: null, fallbackReason: null,
        greedySoftScoreTotal: soft.total, softScoreByRule: soft.byRule, softScoreTotal: soft.total, violations: checkRoster(context, roster), infeasibility: null,
      };
    } else {
      // The solver starts from the quick rota and returns it when it cannot beat it (see generateRoster).
      const result = await generateRosterInThread(context, { timeLimitSeconds: input.timeLimitSeconds }, hooks);
      roster = result.roster;
      // An infeasible month keeps the relaxed model's roster (every rule but coverage): a start for manual edits.
      if (!roster.length && result.coverageGaps?.relaxed) roster = result.coverageGaps.relaxed.roster;
      const soft = scoreRoster(context, roster);
      report = {
        method: 'optimiser',
        status: result.status,
        solverStatus: result.solverStatus,
        objective: result.objective,
        bestBound: result.bestBound,
        gap: result.gap,
        solveMs: Math.round(result.solveMs),
        timeLimitSeconds: input.timeLimitSeconds,
        cancelled: result.stopped,
        fallback: result.fallback,
        fallbackReason: result.fallbackReason,
        greedySoftScoreTotal: result.greedySoftScoreTotal,
        softScoreByRule: soft.byRule,
        softScoreTotal: soft.total,
        violations: checkRoster(context, roster),
        infeasibility: result.coverageGaps?.messages ?? null,
      };
    }

    const save = async (t: Tx) => {
      const row = await RosterRepository.create(t.manager, actor.streetCode, {
        month: input.month,
        source: report.fallback ?? report.method,
        generation: { ...report, violations: report.violations.length },
        createdBy: actor.id,
        now: t.now,
      });
      await RosterRepository.insertAssignments(t.manager, actor.streetCode, row.id, roster, context.templates);
      t.audit({
        action: 'roster.generate',
        entityType: 'roster',
        entityId: row.id,
        after: { month: input.month, revision: row.revision, assignments: roster.length, ...report, violations: report.violations.length },
      });
      return { id: row.id };
    };
    return { roster, report, save };
  }
}
