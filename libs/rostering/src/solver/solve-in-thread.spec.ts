import { describe, expect, it } from '@jest/globals';
import { buildGreedyRoster, checkRoster, scoreRoster } from '@app/roster';
import { demoRosterContext } from '../../../roster/src/testing/demo-roster-context.js';
import { generateRosterInThread } from './solve-in-thread.js';

const context = demoRosterContext('2026-12');

describe('generateRosterInThread — the hard stop', () => {
  it('when HiGHS is still running at the hard stop, then its thread is stopped and the best roster reported so far is kept', async () => {
    const progress: unknown[] = [];
    // HiGHS may run 60 s; the thread is stopped 1 ms after it starts, before it can answer by itself.
    const result = await generateRosterInThread(context, { timeLimitSeconds: 60 }, { hardStopAfterMs: 1, onProgress: (p) => progress.push(p) });

    expect(result.solverStatus).toBe('Time limit reached (solver thread stopped)');
    expect(result.stopped).toBe(false);
    expect(result.status).toBe('feasible');
    expect(result.roster.length).toBeGreaterThan(200);
    expect(checkRoster(context, result.roster)).toEqual([]);
    expect(result.violations).toEqual([]);
    // The judges still decide: never worse than the quick rota HiGHS started from, which is what it reported first.
    const rota = buildGreedyRoster(context, { spareDispatchers: true, blocks: true });
    expect(result.greedySoftScoreTotal).toBeCloseTo(scoreRoster(context, rota).total, 6);
    expect(result.softScoreTotal).toBeLessThanOrEqual(result.greedySoftScoreTotal! + 1e-6);
    expect(result.softScoreTotal).toBeCloseTo(scoreRoster(context, result.roster).total, 6);
    expect(result.modelSize.variables).toBeGreaterThan(0);
  }, 60_000);

  it('when the solve is cancelled and HiGHS answers, then the thread ends by itself with the roster so far', async () => {
    const abort = new AbortController();
    abort.abort();
    const result = await generateRosterInThread(context, { timeLimitSeconds: 60 }, { signal: abort.signal });

    expect(result.stopped).toBe(true);
    expect(['Interrupted', 'Interrupted (solver thread stopped)']).toContain(result.solverStatus);
    expect(checkRoster(context, result.roster)).toEqual([]);
  }, 60_000);
});
