import { parentPort, workerData } from 'node:worker_threads';
import { generateRoster, type GenerateRosterOptions, type RosterContext } from '@app/roster';
import { calendarFromSnapshot, type CalendarSnapshot } from './calendar-snapshot.js';

/**
 * Runs one month's solve off the main thread (see solve-in-thread.ts). Progress and the result go back by message;
 * the stop request comes in through shared memory, because the synchronous solve never reads messages.
 */
const { context, calendar, options, stopFlag } = workerData as {
  context: RosterContext;
  calendar?: CalendarSnapshot;
  options: GenerateRosterOptions;
  stopFlag: Int32Array;
};
generateRoster(
  { ...context, calendar: calendarFromSnapshot(calendar) },
  {
    ...options,
    onProgress: (progress) => parentPort!.postMessage({ kind: 'progress', progress }),
    onSolveStart: (start) => parentPort!.postMessage({ kind: 'solving', ...start }),
    onSolveEnd: () => parentPort!.postMessage({ kind: 'solved' }),
    onIncumbent: (roster, objective) => parentPort!.postMessage({ kind: 'incumbent', roster, objective }),
    shouldStop: () => Atomics.load(stopFlag, 0) === 1,
  },
).then(
  (result) => parentPort!.postMessage({ kind: 'done', ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ kind: 'done', ok: false, message: error instanceof Error ? error.message : String(error) }),
);
