import highsPackage from 'highs';

/**
 * Runs an LP-format model through HiGHS (WebAssembly, single-threaded). The solve blocks the JavaScript thread
 * until it ends or hits the time limit: call it from a worker, not from a request handler.
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

export interface MipSolveOptions {
  timeLimitSeconds: number;
  /** Relative gap at which HiGHS may stop and call the incumbent optimal (HiGHS default 1e-4). */
  mipRelativeGap?: number;
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
  values: Map<string, number>;
}

const STATUS_TEXT: Record<number, string> = {
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Infeasible or unbounded',
  10: 'Unbounded',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
};

export async function solveMip(lpText: string, options: MipSolveOptions): Promise<MipSolveOutcome> {
  const highs = await highsRuntime();
  const started = performance.now();
  const model = highs.createModel({ format: 'lp', data: lpText });
  try {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: options.mipRelativeGap ?? 1e-4,
    });
    const { modelStatus } = model.run();
    const solveMs = performance.now() - started;
    const codes = highs.constants.modelStatus;
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    const solverStatus = STATUS_TEXT[modelStatus] ?? `HiGHS model status ${modelStatus}`;

    let status: MipStatus;
    if (modelStatus === codes.optimal) status = 'optimal';
    else if (modelStatus === codes.infeasible) status = 'infeasible';
    else if (hasSolution) status = 'feasible';
    else if (modelStatus === codes.timeLimit || modelStatus === codes.iterationLimit) status = 'no_solution';
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
      values,
    };
  } finally {
    model.dispose();
  }
}

function finiteOrNull(value: number | bigint): number | null {
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
