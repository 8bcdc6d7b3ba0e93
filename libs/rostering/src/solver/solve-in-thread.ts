import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GenerateRosterOptions, RosterContext, RosterGenerationResult } from '@app/roster';
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

export function generateRosterInThread(context: RosterContext, options: GenerateRosterOptions): Promise<RosterGenerationResult> {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(fromSource ? './roster-solver.worker.ts' : './roster-solver.worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const { calendar: _calendar, ...plain } = context;
    const workerData = { context: plain, calendar: snapshotCalendar(context), options };
    const worker = new Worker(fromSource ? tsxEntry(script) : script, { workerData });
    let settled = false;
    worker.once('message', (message: { ok: true; result: RosterGenerationResult } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`roster solver failed: ${message.message}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`roster solver thread exited with code ${code} before answering`));
    });
  });
}
