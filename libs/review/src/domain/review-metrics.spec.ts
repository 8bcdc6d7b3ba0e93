import { describe, expect, it } from '@jest/globals';
import { roundsOf, type TimelineEntry } from './review-history.js';
import { businessMonth, reviewMetrics } from './review-metrics.js';

const ev = (action: string, at: string, payload: Record<string, unknown> = {}, actorId: string | null = 'u'): TimelineEntry => ({ action, at, actorId, payload });
const fail = [{ item: 'result_clear', verdict: 'fail' }, { item: 'wording_polite', verdict: 'pass' }];
const pass = [{ item: 'result_clear', verdict: 'pass' }, { item: 'wording_polite', verdict: 'pass' }];

/** Reply, rejected after 60 min, replied again, approved after 30 min, visited; reopened, replied, approved after 90 min. */
const TIMELINE = [
  ev('create', '2026-06-01T00:00:00Z'),
  ev('dispatch', '2026-06-01T01:00:00Z'),
  ev('reply', '2026-06-02T01:00:00Z', { unitId: 'U1', content: '已处理', result: 'solved' }),
  ev('reject', '2026-06-02T02:00:00Z', { unitId: 'U1', checklist: fail, comment: '未写明结果' }, 'rev'),
  ev('reply', '2026-06-03T01:00:00Z', { unitId: 'U1', content: '已清理完毕', result: 'solved' }),
  ev('approve', '2026-06-03T01:30:00Z', { unitId: 'U1', checklist: pass }, 'rev'),
  ev('callback', '2026-06-04T01:00:00Z', { valid: true, contacted: true, solved: false, satisfaction: 'dissatisfied', assessment: 'full' }, 'rev'),
  ev('reopen', '2026-06-05T01:00:00Z', { reason: '市民反映未解决' }),
  ev('reply', '2026-06-29T16:00:00Z', { unitId: 'U1', content: '已彻底清理', result: 'solved' }),
  ev('approve', '2026-06-30T17:30:00Z', { unitId: 'U1', checklist: pass }, 'rev'), // 01:30 on 1 July in Beijing
];

describe('roundsOf', () => {
  it('when an order is reopened after its callback, then round 1 keeps its replies, reviews and callback, and round 2 starts', () => {
    const rounds = roundsOf(TIMELINE);
    expect(rounds.map((r) => [r.round, r.replies.length, r.reviews.length, r.callbacks.length, r.reopenReason])).toEqual([
      [1, 2, 2, 1, null],
      [2, 1, 1, 0, '市民反映未解决'],
    ]);
    expect(rounds[0].reviews.map((r) => [r.attempt, r.verdict, r.failedItems, r.comment])).toEqual([
      [1, 'rejected', ['result_clear'], '未写明结果'],
      [2, 'approved', [], null],
    ]);
    expect(rounds[0].callbacks[0]).toMatchObject({ valid: true, solved: false, satisfaction: 'dissatisfied' });
  });
});

describe('reviewMetrics', () => {
  // The counters the actions kept for TIMELINE: June's rejection and June's reopen are both rework of U1 (DESIGN §3).
  const COUNTED = [{ unitId: 'U1', month: '2026-06', reworkCount: 2 }];

  it('when reviews span two Beijing months, then each unit-month has its first-pass rate, its counted rework and average time', () => {
    const records = roundsOf(TIMELINE).flatMap((r) => r.reviews);
    expect(reviewMetrics(records, COUNTED)).toEqual([
      // June: round 1 first review rejected (60 min), second approved (30 min) → 0 of 1 first reviews passed;
      // rework 2: the rejection and the reopen
      { unitId: 'U1', month: '2026-06', reviews: 2, firstReviews: 1, firstPassed: 0, firstPassRate: 0, reworkCount: 2, avgReviewMinutes: 45 },
      // July (Beijing): round 2 approved at first review after 25.5 h
      { unitId: 'U1', month: '2026-07', reviews: 1, firstReviews: 1, firstPassed: 1, firstPassRate: 1, reworkCount: 0, avgReviewMinutes: 1530 },
    ]);
  });

  it.each([
    ['no rework was counted', [], [0, 0]],
    ['rework was counted for another unit', [{ unitId: 'U2', month: '2026-06', reworkCount: 1 }], [0, 0]],
    ['the counters come split by day (several rows for one unit-month)', [{ unitId: 'U1', month: '2026-07', reworkCount: 1 }, { unitId: 'U1', month: '2026-07', reworkCount: 2 }], [0, 3]],
  ])('when %s, then the rework shown is the counted one and the first-pass rate is unchanged', (_case, counted, [june, july]) => {
    const rows = reviewMetrics(roundsOf(TIMELINE).flatMap((r) => r.reviews), counted);
    const u1 = rows.filter((r) => r.unitId === 'U1');
    expect(u1.map((r) => [r.month, r.reworkCount, r.firstPassRate])).toEqual([['2026-06', june, 0], ['2026-07', july, 1]]);
  });

  it('when a unit-month has rework but no review (an order reopened and not yet replied), then it has a row without rates', () => {
    expect(reviewMetrics([], [{ unitId: 'U2', month: '2026-08', reworkCount: 1 }])).toEqual([
      { unitId: 'U2', month: '2026-08', reviews: 0, firstReviews: 0, firstPassed: 0, firstPassRate: null, reworkCount: 1, avgReviewMinutes: null },
    ]);
  });

  it.each([
    ['2026-06-30T15:59:59Z', '2026-06'],
    ['2026-06-30T16:00:00Z', '2026-07'],
  ])('businessMonth(%s) = %s', (at, month) => {
    expect(businessMonth(new Date(at))).toBe(month);
  });
});
