import highsPackage from 'highs';
import { NeighbourhoodBounds, type NeighbourhoodSearch } from './highs-neighbourhoods.js';

/**
 * Runs an LP-format model through HiGHS (WebAssembly, single-threaded). The solve blocks the JavaScript thread
 * until it ends, hits the time limit or is stopped: call it from a worker, not from a request handler.
 */

type HighsLoader = typeof highsPackage.default;
type HighsRuntime = Awaited<ReturnType<HighsLoader>>;

// The package's typings declare `export default` in a CommonJS .d.ts, so under `nodenext` TypeScript types the
// default import as the exports object, while Node (and tsx, Jest ESM) load the ESM build whose default export
// is the loader itself. Accept both shapes at run time.
const packageExport: unknown = highsPackage;
const loadHighs = (typeof packageExport === 'function' ? packageExport : (packageExport as { default: unknown }).default) as HighsLoader;

let runtime: Promise<HighsRuntime> | undefined;

function highsRuntime(): Promise<HighsRuntime> {
  runtime ??= loadHighs();
  return runtime;
}

export type MipStatus = 'optimal' | 'feasible' | 'infeasible' | 'no_solution' | 'error';

/** Where the search stands: the best solution's objective, the proven bound, the gap between them. */
export interface MipProgress {
  incumbent: number | null;
  bound: number | null;
  gap: number | null;
  elapsedMs: number;
}

export interface MipSolveOptions {
  timeLimitSeconds: number;
  /** Relative gap at which HiGHS may stop and call the incumbent optimal (HiGHS default 1e-4). */
  mipRelativeGap?: number;
  /** A known solution (column name → value) HiGHS starts from; unnamed columns are completed by HiGHS. */
  start?: ReadonlyMap<string, number>;
  /** Called on every new incumbent and on HiGHS's progress lines (every few seconds). */
  onProgress?: (progress: MipProgress) => void;
  /**
   * Every new incumbent as column name → value, as HiGHS finds it: a caller that may have to abandon the solve (a
   * thread stopped at a hard deadline) keeps the best solution so far.
   */
  onIncumbent?: (values: ReadonlyMap<string, number>, objective: number) => void;
  /** Asked at HiGHS's checkpoints; true stops the solve, which then reports its best solution so far. */
  shouldStop?: () => boolean;
  /** Improve the start by small solves before the full one (needs `start`); see highs-neighbourhoods.ts. */
  search?: NeighbourhoodSearch;
  /** Further HiGHS options (experiments, benchmarks). */
  highsOptions?: Record<string, number | string | boolean>;
  /** HiGHS's own log, line by line (for benchmarks and debugging). */
  log?: (text: string) => void;
}

export interface MipSolveOutcome {
  status: MipStatus;
  /** HiGHS model status text, e.g. 'Optimal', 'Time limit reached'. */
  solverStatus: string;
  objective: number | null;
  /** Best proven lower bound on the objective (HiGHS `mip_dual_bound`). */
  bestBound: number | null;
  /** HiGHS `mip_gap`: relative distance between the incumbent and the bound. */
  gap: number | null;
  solveMs: number;
  /** When the first solution was known (the start, if HiGHS accepted it). */
  firstIncumbentMs: number | null;
  /** Stopped by `shouldStop`. */
  stopped: boolean;
  values: Map<string, number>;
}

/** Progress between incumbents, at most this often. */
const PROGRESS_EVERY_MS = 1_000;

const STATUS_TEXT: Record<number, string> = {
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Infeasible or unbounded',
  10: 'Unbounded',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  17: 'Interrupted',
};

export async function solveMip(lpText: string, options: MipSolveOptions): Promise<MipSolveOutcome> {
  const highs = await highsRuntime();
  const started = performance.now();
  const model = highs.createModel({ format: 'lp', data: lpText });
  try {
    model.options.set({
      output_flag: Boolean(options.log),
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelativeGap ?? 1e-4,
      ...options.highsOptions,
    });
    const codes = highs.constants.modelStatus;
    const channel = highs.constants.callbackType;
    let firstIncumbentMs: number | null = null;
    let stopped = false;
    let lastReport = Number.NEGATIVE_INFINITY;
    let bound: number | null = null;
    let best: number | null = null;
    // Every new incumbent, and otherwise at most every PROGRESS_EVERY_MS from HiGHS's checkpoints. The bound is taken
    // from the full solve's checkpoints only: a small solve's bound holds for its neighbourhood, not the month.
    const report = (incumbentValue: number | undefined, improving: boolean) => {
      const elapsedMs = performance.now() - started;
      const incumbent = finite(incumbentValue);
      if (incumbent !== null) firstIncumbentMs ??= elapsedMs;
      if (!improving && elapsedMs - lastReport < PROGRESS_EVERY_MS) return;
      lastReport = elapsedMs;
      const gap = incumbent !== null && bound !== null && incumbent !== 0 ? Math.max(0, (incumbent - bound) / Math.abs(incumbent)) : null;
      options.onProgress?.({ incumbent, bound, gap, elapsedMs });
    };
    // Read before the run: HiGHS allows no model call from inside a callback.
    const columnNames = options.onIncumbent || options.search ? Array.from({ length: model.getDimensions().numCols }, (_, column) => model.getColName(column)) : [];
    const valuesOf = (solution: ArrayLike<number>) => {
      const values = new Map<string, number>();
      for (let column = 0; column < solution.length; column++) values.set(columnNames[column], solution[column]);
      return values;
    };
    const incumbent = (solution: Float64Array | undefined, objective: number | undefined) => {
      if (!options.onIncumbent || !solution || finite(objective) === null) return;
      options.onIncumbent(valuesOf(solution), objective!);
    };
    const run = (phase: 'neighbourhood' | 'full', timeLimit: number) => {
      model.options.set({ time_limit: Math.max(0.1, timeLimit) });
      return model.run({
        // HiGHS wants handlers that return undefined; `void` says so.
        [channel.mipImprovingSolution]: (event) => {
          const objective = finite(event.data.objective_function_value);
          // A small solve first reports the incumbent it was started from: only what beats the best so far counts.
          if (objective === null || (best !== null && objective >= best - 1e-9)) return undefined;
          best = objective;
          incumbent(event.data.mip_solution, objective);
          return void report(objective, true);
        },
        [channel.mipInterrupt]: (event) => {
          if (phase === 'full') bound = finite(event.data.mip_dual_bound) ?? bound;
          report(phase === 'full' ? event.data.mip_primal_bound : (best ?? undefined), false);
          if (!options.shouldStop?.()) return undefined;
          stopped = true;
          return void event.interrupt();
        },
        ...(options.log ? { [channel.logging]: (event: { message: string }) => void options.log!(event.message) } : {}),
      });
    };

    let start = options.start;
    const search = options.search;
    if (search && start && search.fixable.length > 0) {
      const searchEnds = started + Math.min(search.seconds, options.timeLimitSeconds) * 1000;
      const bounds = new NeighbourhoodBounds(model, search.fixable, { lower: 0, upper: 1 });
      let held = new Map(start);
      let stale = 0;
      for (let step = 0; performance.now() < searchEnds && !stopped && stale < search.staleSteps; step++) {
        const free = search.neighbourhood(step, held);
        bounds.fixOutside(free, held);
        setStart(model, held);
        const before = best;
        run('neighbourhood', Math.min(search.stepSeconds, (searchEnds - performance.now()) / 1000));
        stale += 1;
        if (Number(model.info.get('primal_solution_status')) !== 2) continue;
        const objective = model.getObjectiveValue();
        if (before !== null && objective > before + 1e-9) continue;
        if (before === null || objective < before - 1e-9) stale = 0;
        best = objective;
        // An equally good roster is taken too: the next steps search around it instead of the same one again.
        // The integer columns only, rounded: HiGHS completes the rest (a full dense solution it may refuse).
        const solved = valuesOf(model.getSolution().colValue);
        held = new Map(search.fixable.map((name) => [name, Math.round(solved.get(name) ?? 0)]));
      }
      bounds.restore();
      start = held;
    }
    if (start) setStart(model, start);
    const remaining = options.timeLimitSeconds - (performance.now() - started) / 1000;
    // Also after a cancel during the search: the full solve then stops at its first checkpoint, holding the start.
    const { modelStatus } = run('full', remaining);
    const solveMs = performance.now() - started;
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    const solverStatus = STATUS_TEXT[modelStatus] ?? `HiGHS model status ${modelStatus}`;

    let status: MipStatus;
    if (modelStatus === codes.optimal) status = 'optimal';
    else if (modelStatus === codes.infeasible) status = 'infeasible';
    else if (hasSolution) status = 'feasible';
    else if (modelStatus === codes.timeLimit || modelStatus === codes.iterationLimit || modelStatus === codes.interrupted) status = 'no_solution';
    else status = 'error';

    const values = new Map<string, number>();
    if (hasSolution) {
      const { colValue } = model.getSolution();
      for (let column = 0; column < colValue.length; column++) values.set(model.getColName(column), colValue[column]);
    }
    return {
      status,
      solverStatus,
      objective: hasSolution ? model.getObjectiveValue() : null,
      bestBound: hasSolution || status === 'optimal' ? finiteOrNull(model.info.get('mip_dual_bound')) : null,
      gap: hasSolution ? finiteOrNull(model.info.get('mip_gap')) : null,
      solveMs,
      firstIncumbentMs: firstIncumbentMs ?? (hasSolution ? solveMs : null),
      stopped,
      values,
    };
  } finally {
    model.dispose();
  }
}

type HighsModel = ReturnType<HighsRuntime['createModel']>;

/** A sparse MIP start: HiGHS checks it and completes the columns not given (it may reject an infeasible one). */
function setStart(model: HighsModel, start: ReadonlyMap<string, number>): void {
  const indices: number[] = [];
  const values: number[] = [];
  for (const [name, value] of start) {
    indices.push(model.getColByName(name));
    values.push(value);
  }
  model.setSolution({ indices, values });
}

function finite(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && Math.abs(value) < 1e30 ? value : null;
}

function finiteOrNull(value: number | bigint): number | null {
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
