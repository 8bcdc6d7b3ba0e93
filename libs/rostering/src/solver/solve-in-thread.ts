import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GenerateRosterOptions, MipProgress, RosterContext, RosterGenerationResult } from '@app/roster';
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
}

type SolverMessage =
  | { kind: 'progress'; progress: MipProgress }
  | { kind: 'done'; ok: true; result: RosterGenerationResult }
  | { kind: 'done'; ok: false; message: string };

export function generateRosterInThread(context: RosterContext, options: GenerateRosterOptions, hooks: SolveHooks = {}): Promise<RosterGenerationResult> {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './roster-solver.worker.ts' : './roster-solver.worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const { calendar: _calendar, ...plain } = context;
    const stopFlag = new Int32Array(new SharedArrayBuffer(4));
    const stop = () => Atomics.store(stopFlag, 0, 1);
    if (hooks.signal?.aborted) stop();
    hooks.signal?.addEventListener('abort', stop, { once: true });
    const workerData = { context: plain, calendar: snapshotCalendar(context), options, stopFlag };
    const worker = new Worker(fromSource ? tsxEntry(script) : script, { workerData });
    let settled = false;
    const settle = () => {
      settled = true;
      hooks.signal?.removeEventListener('abort', stop);
    };
    worker.on('message', (message: SolverMessage) => {
      if (message.kind === 'progress') return hooks.onProgress?.(message.progress);
      settle();
      if (message.ok) resolve(message.result);
      else reject(new Error(`roster solver failed: ${message.message}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`roster solver thread exited with code ${code} before answering`));
    });
  });
}
