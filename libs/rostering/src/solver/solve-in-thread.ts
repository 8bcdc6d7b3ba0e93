import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { concludeSolve, type Assignment, type GenerateRosterOptions, type GreedyStart, type MipProgress, type RosterContext, type RosterGenerationResult } from '@app/roster';
import { snapshotCalendar } from './calendar-snapshot.js';

/**
 * HiGHS (WebAssembly) solves synchronously: on the main thread a 30-second solve would freeze every request,
 * socket and job timer of the process (and let BullMQ's job lock lapse). Each solve therefore runs in a worker
 * thread. From source (tests, tsx) the worker is TypeScript and is loaded through tsx; built, it is plain JS.
 */
/** A module that registers tsx in the new thread (loader flags do not reach workers) and then loads `script`. */
function tsxEntry(script: URL): URL {
  // A data: module cannot resolve bare specifiers, so tsx's ESM API is named by its file (the package's "import"
  // export; require.resolve would give the CommonJS twin, whose register() cannot run in a worker).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(script.href)});`;
  return new URL('data:text/javascript,' + encodeURIComponent(code));
}

export interface SolveHooks {
  onProgress?: (progress: MipProgress) => void;
  /** Aborting stops the solver at its next checkpoint; the result is then the best roster found so far. */
  signal?: AbortSignal;
  /**
   * How long after HiGHS starts the thread is stopped whatever the solver is doing (default: the time limit plus
   * HARD_STOP_GRACE_MS). HiGHS reads its time limit only at checkpoints, and one step of its root cut loop ran from
   * 10 s to 45–53 s of an 80-staff month without one: the generation then keeps the best roster reported so far.
   * Production always takes the default; the hook exists so a test can reach the hard stop without waiting for it.
   */
  hardStopAfterMs?: number;
}

/** Time HiGHS has, past its own limit or a cancel, to stop by itself before its thread is stopped. */
export const HARD_STOP_GRACE_MS = 2_000;

type SolverMessage =
  | { kind: 'progress'; progress: MipProgress }
  | { kind: 'solving'; greedy: GreedyStart | null; buildMs: number; modelSize: RosterGenerationResult['modelSize'] }
  | { kind: 'incumbent'; roster: Assignment[]; objective: number }
  | { kind: 'solved' }
  | { kind: 'done'; ok: true; result: RosterGenerationResult }
  | { kind: 'done'; ok: false; message: string };

export function generateRosterInThread(context: RosterContext, options: GenerateRosterOptions, hooks: SolveHooks = {}): Promise<RosterGenerationResult> {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './roster-solver.worker.ts' : './roster-solver.worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const { calendar: _calendar, ...plain } = context;
    const stopFlag = new Int32Array(new SharedArrayBuffer(4));
    const workerData = { context: plain, calendar: snapshotCalendar(context), options, stopFlag };
    const worker = new Worker(fromSource ? tsxEntry(script) : script, { workerData });
    // What the thread has reported, so that stopping it still leaves the best roster so far.
    let solving: Extract<SolverMessage, { kind: 'solving' }> | undefined;
    let solveStarted = 0;
    let best: { roster: Assignment[]; objective: number; firstMs: number } | undefined;
    let progress: MipProgress | undefined;
    let deadline: NodeJS.Timeout | undefined;
    let deadlineAt = Number.POSITIVE_INFINITY;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(deadline);
      hooks.signal?.removeEventListener('abort', stop);
    };
    // Only ever brought forward: a cancel near the end does not give HiGHS longer than its limit did.
    const armDeadline = (afterMs: number) => {
      if (performance.now() + afterMs >= deadlineAt) return;
      deadlineAt = performance.now() + afterMs;
      clearTimeout(deadline);
      deadline = setTimeout(() => {
        if (settled) return;
        settle();
        void worker.terminate();
        resolve(stoppedResult());
      }, afterMs);
    };
    function stop() {
      Atomics.store(stopFlag, 0, 1);
      if (solving) armDeadline(HARD_STOP_GRACE_MS);
    }
    // The thread is stopped mid-solve: the judges conclude from its last reports, as generateRoster would have.
    const stoppedResult = (): RosterGenerationResult => {
      const solveMs = performance.now() - solveStarted;
      const cancelled = Atomics.load(stopFlag, 0) === 1;
      const gap = best && progress?.bound != null && best.objective !== 0 ? Math.max(0, (best.objective - progress.bound) / Math.abs(best.objective)) : null;
      return concludeSolve(context, options, {
        outcome: {
          status: best ? 'feasible' : 'no_solution',
          solverStatus: cancelled ? 'Interrupted (solver thread stopped)' : 'Time limit reached (solver thread stopped)',
          objective: best?.objective ?? null,
          bestBound: progress?.bound ?? null,
          gap,
          solveMs,
          firstIncumbentMs: best?.firstMs ?? null,
          stopped: cancelled,
        },
        solved: best?.roster ?? [],
        greedy: solving!.greedy,
        buildMs: solving!.buildMs,
        modelSize: solving!.modelSize,
      });
    };
    if (hooks.signal?.aborted) stop();
    hooks.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: SolverMessage) => {
      if (settled) return;
      if (message.kind === 'progress') {
        progress = message.progress;
        return hooks.onProgress?.(message.progress);
      }
      if (message.kind === 'solving') {
        solving = message;
        solveStarted = performance.now();
        armDeadline(Atomics.load(stopFlag, 0) === 1 ? HARD_STOP_GRACE_MS : hooks.hardStopAfterMs ?? (options.timeLimitSeconds ?? 60) * 1000 + HARD_STOP_GRACE_MS);
        return;
      }
      // HiGHS has returned: what follows (explaining an infeasible month) runs to its own limit, as before.
      if (message.kind === 'solved') {
        solving = undefined;
        clearTimeout(deadline);
        deadlineAt = Number.POSITIVE_INFINITY;
        return;
      }
      if (message.kind === 'incumbent') {
        best = { roster: message.roster, objective: message.objective, firstMs: best?.firstMs ?? performance.now() - solveStarted };
        return;
      }
      settle();
      if (message.ok) resolve(message.result);
      else reject(new Error(`roster solver failed: ${message.message}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (settled) return;
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) {
        settle();
        reject(new Error(`roster solver thread exited with code ${code} before answering`));
      }
    });
  });
}
