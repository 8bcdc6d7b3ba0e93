import { describe, expect, it } from '@jest/globals';
import { judgeCandidates, type DuplicateProbe, type NearbyOrder } from './duplicate-rules.js';

const ROW3 = '米市胡同45号家中暖气不热，室温只有15度，家里有老人，请协调供暖单位。';
const ROW40 = '米市胡同45号暖气还是不热，室温15度左右，家里有老人，前天已反映过，请供暖单位尽快上门。';
const AT = new Date('2026-11-04T07:17:00Z');
const DAY = 86_400_000;
const probe: DuplicateProbe = { receivedAt: AT, address: '米市胡同45号', content: ROW40, category: '公共服务/供暖/室温不达标' };
const nearby = (over: Partial<NearbyOrder>): NearbyOrder => ({
  id: 'o', upstreamNo: null, status: 'new', receivedAt: new Date(AT.getTime() - 2 * DAY), address: '米市胡同45号',
  category: '公共服务/供暖/室温不达标', content: ROW3, samePhone: false, similarity: null, ...over,
});
const OTHER_PLACE = { address: '米市胡同47号' };

describe('judgeCandidates', () => {
  it.each<[string, Partial<NearbyOrder>, string[] | null]>([
    ['the same phone and place two days earlier', { samePhone: true }, ['same_phone_7d', 'same_place_similar', 'same_phone_similar_30d']],
    ['the same phone, other words, other place, one minute earlier', { samePhone: true, ...OTHER_PLACE, content: '咨询低保办理条件', receivedAt: new Date(AT.getTime() - 60_000) }, ['same_phone_7d']],
    ['the same phone and similar content 20 days earlier', { samePhone: true, ...OTHER_PLACE, receivedAt: new Date(AT.getTime() - 20 * DAY) }, ['same_phone_similar_30d']],
    ['the same phone, other content, 20 days earlier', { samePhone: true, ...OTHER_PLACE, content: '咨询低保办理条件', receivedAt: new Date(AT.getTime() - 20 * DAY) }, null],
    ['the same place and category group, other words', { content: '家里暖气漏水了', category: '公共服务/供暖/暖气漏水' }, ['same_place_similar']],
    ['the same place, no category, similar words (pg_trgm score)', { category: null, similarity: 0.245 }, ['same_place_similar']],
    ['the same place, other category and words', { content: '咨询低保办理条件', category: '民生保障/社会救助/低保' }, null],
    ['the same place and category 8 days earlier', { receivedAt: new Date(AT.getTime() - 8 * DAY) }, null],
    ['the neighbouring house, same problem', OTHER_PLACE, null],
  ])('when a nearby order has %s, then the reasons are %j', (_name, over, reasons) => {
    const [candidate] = judgeCandidates(probe, [nearby(over)]);
    if (reasons === null) expect(candidate).toBeUndefined();
    else expect(candidate).toMatchObject({ reasons, score: expect.any(Number) });
  });

  it('when the form has only a phone so far, then the same caller is still a candidate with score 0', () => {
    const [candidate] = judgeCandidates({ receivedAt: AT, address: null, content: null, category: null }, [nearby({ samePhone: true })]);
    expect(candidate).toMatchObject({ reasons: ['same_phone_7d'], score: 0 });
  });

  it('when the fallback scores, then it scores the texts without their addresses, as the SQL does', () => {
    // pg_trgm's similarity(replace(row 3, address, ''), row 40 without its address) on PostgreSQL 16 (see the e2e).
    expect(judgeCandidates(probe, [nearby({ samePhone: true })])[0].score).toBe(0.245);
  });

  it('when two texts share only the flat address, then the address does not make them similar', () => {
    const flat = '黑窑厂街30号院2号楼3单元502';
    const gas = { receivedAt: AT, address: flat, content: `${flat}家中燃气表附近有异味，担心漏气。`, category: '公共服务/燃气/燃气异味' };
    expect(judgeCandidates(gas, [nearby({ address: flat, content: `${flat}家中暖气不热，室温只有15度。` })])).toEqual([]);
  });

  it('when several match, then more reasons first, then the higher score', () => {
    const ranked = judgeCandidates(probe, [
      nearby({ id: 'place-only' }),
      nearby({ id: 'both', samePhone: true }),
    ]);
    expect(ranked.map((c) => c.orderId)).toEqual(['both', 'place-only']);
  });
});
