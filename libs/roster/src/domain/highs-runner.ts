import highsPackage from 'highs';

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
    if (options.start) setStart(model, options.start);
    const codes = highs.constants.modelStatus;
    const channel = highs.constants.callbackType;
    let firstIncumbentMs: number | null = null;
    let stopped = false;
    let lastReport = Number.NEGATIVE_INFINITY;
    let bound: number | null = null;
    // Every new incumbent, and otherwise at most every PROGRESS_EVERY_MS from HiGHS's checkpoints. The bound is taken
    // from the checkpoints only: a solution event before the search starts carries no proven bound.
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
    const columnNames = options.onIncumbent ? Array.from({ length: model.getDimensions().numCols }, (_, column) => model.getColName(column)) : [];
    const incumbent = (solution: Float64Array | undefined, objective: number | undefined) => {
      if (!options.onIncumbent || !solution || finite(objective) === null) return;
      const values = new Map<string, number>();
      for (let column = 0; column < solution.length; column++) values.set(columnNames[column], solution[column]);
      options.onIncumbent(values, objective!);
    };
    const { modelStatus } = model.run({
      // HiGHS wants handlers that return undefined; `void` says so.
      [channel.mipImprovingSolution]: (event) => {
        incumbent(event.data.mip_solution, event.data.objective_function_value);
        return void report(event.data.objective_function_value, true);
      },
      [channel.mipInterrupt]: (event) => {
        bound = finite(event.data.mip_dual_bound) ?? bound;
        report(event.data.mip_primal_bound, false);
        if (!options.shouldStop?.()) return undefined;
        stopped = true;
        return void event.interrupt();
      },
      ...(options.log ? { [channel.logging]: (event: { message: string }) => void options.log!(event.message) } : {}),
    });
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
