import { afterEach, describe, expect, it } from '@jest/globals';
import { InProcessDriver } from './in-process.driver.js';
import type { JobHandlerMap } from './queue-driver.js';

/** The embedded default answers the jobs dashboard as the BullMQ driver does (e2e: test/e2e/jobs-dashboard). */
let driver: InProcessDriver;
afterEach(async () => driver?.close());

describe('InProcessDriver for the jobs dashboard', () => {
  it('when a one-attempt job fails, then it is failed with its error and stack; a retry runs it once more; a second retry of a completed job is refused', async () => {
    driver = new InProcessDriver();
    let calls = 0;
    const handlers: JobHandlerMap = new Map([
      ['roster-generate', async () => {
        calls++;
        if (calls === 1) throw new Error('solver crashed');
        return 'ok';
      }],
    ]);
    await driver.process(handlers);
    const id = await driver.add('roster-generate', { generationId: 'g1' });
    await driver.idle();
    expect(await driver.get(id)).toMatchObject({ state: 'failed', attempts: 1, maxAttempts: 1, error: 'solver crashed', stack: expect.stringContaining('solver crashed') });
    expect((await driver.counts()).find((c) => c.queue === 'roster')).toMatchObject({ failed: 1, completed: 0, jobs: expect.arrayContaining(['roster-generate']) });

    expect(await driver.retry(id)).toBe('retried');
    await driver.idle();
    expect(await driver.get(id)).toMatchObject({ state: 'completed', attempts: 2, error: null, failedAt: null });
    expect(await driver.retry(id)).toBe('not_failed');
    expect(await driver.retry('no-such-job')).toBe('not_found');
  });

  it('when a job repeats, then its schedule shows the pattern and the next run', async () => {
    driver = new InProcessDriver();
    await driver.schedule('housekeeping', '15 3 * * *', {});
    expect(await driver.schedules()).toEqual([
      { name: 'housekeeping', queue: 'maintenance', pattern: '15 3 * * *', everyMs: null, tz: 'Asia/Shanghai', nextRunAt: expect.any(String) },
    ]);
  });
});
