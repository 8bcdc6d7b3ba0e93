import { parentPort, workerData } from 'node:worker_threads';
import { generateRoster, type GenerateRosterOptions, type RosterContext } from '@app/roster';
import { calendarFromSnapshot, type CalendarSnapshot } from './calendar-snapshot.js';

/** Runs one month's solve off the main thread (see solve-in-thread.ts); the result goes back by structured clone. */
const { context, calendar, options } = workerData as { context: RosterContext; calendar?: CalendarSnapshot; options: GenerateRosterOptions };
generateRoster({ ...context, calendar: calendarFromSnapshot(calendar) }, options).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
