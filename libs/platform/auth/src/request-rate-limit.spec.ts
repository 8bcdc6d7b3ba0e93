import { describe, expect, it } from '@jest/globals';
import { verdictOf, windowStartOf } from './request-rate-limit.js';

describe('windowStartOf', () => {
  it.each([
    ['2026-11-27T03:00:00.000Z', '2026-11-27T03:00:00.000Z'],
    ['2026-11-27T03:00:59.999Z', '2026-11-27T03:00:00.000Z'],
    ['2026-11-27T03:01:00.000Z', '2026-11-27T03:01:00.000Z'],
  ])('when it is %s, then the window starts at %s', (now, start) => {
    expect(windowStartOf(new Date(now)).toISOString()).toBe(start);
  });
});

describe('verdictOf', () => {
  const start = new Date('2026-11-27T03:00:00Z');
  it.each([
    // hits, limit, now, allowed, retryAfterSeconds
    [1, 5, '2026-11-27T03:00:10Z', true, 50],
    [5, 5, '2026-11-27T03:00:10Z', true, 50],
    [6, 5, '2026-11-27T03:00:10Z', false, 50],
    [6, 5, '2026-11-27T03:00:59.500Z', false, 1],
  ])('when the %ith request meets a limit of %i at %s, then allowed=%s and Retry-After %i', (hits, limit, now, allowed, retry) => {
    expect(verdictOf(hits, limit, start, new Date(now))).toEqual({ allowed, hits, limit, retryAfterSeconds: retry });
  });
});
