import { describe, expect, it } from '@jest/globals';
import { judgeCandidates, type NearbyOrder } from './duplicate-rules.js';

const ROW3 = '米市胡同45号家中暖气不热，室温只有15度，家里有老人，请协调供暖单位。';
const ROW40 = '米市胡同45号暖气还是不热，室温15度左右，家里有老人，前天已反映过，请供暖单位尽快上门。';
const nearby = (over: Partial<NearbyOrder>): NearbyOrder => ({
  id: 'o', upstreamNo: null, status: 'new', receivedAt: new Date('2026-11-02T07:17:00Z'), content: ROW3, samePhone: false, samePlace: false, similarity: null, ...over,
});

describe('judgeCandidates', () => {
  it.each<[string, Partial<NearbyOrder>, string[] | null]>([
    ['same phone and similar content (fallback score)', { samePhone: true }, ['same_phone']],
    ['same phone and similar content (pg_trgm score)', { samePhone: true, similarity: 0.328 }, ['same_phone']],
    ['same phone but other content', { samePhone: true, content: '咨询低保办理条件' }, null],
    ['same address and category', { samePlace: true, content: '咨询低保办理条件' }, ['same_address_category']],
    ['both', { samePhone: true, samePlace: true }, ['same_phone', 'same_address_category']],
  ])('when a nearby order has %s, then the reasons are %j', (_name, over, reasons) => {
    const [candidate] = judgeCandidates(ROW40, [nearby(over)]);
    if (reasons === null) expect(candidate).toBeUndefined();
    else expect(candidate).toMatchObject({ reasons, score: expect.any(Number) });
  });

  it('when the fallback scores, then it equals pg_trgm to three decimals', () => {
    expect(judgeCandidates(ROW40, [nearby({ samePhone: true })])[0].score).toBe(0.328);
  });

  it('when several match, then more reasons first, then the higher score', () => {
    const ranked = judgeCandidates(ROW40, [
      nearby({ id: 'place-only', samePlace: true }),
      nearby({ id: 'both', samePhone: true, samePlace: true }),
    ]);
    expect(ranked.map((c) => c.orderId)).toEqual(['both', 'place-only']);
  });
});
