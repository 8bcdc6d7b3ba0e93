import { describe, expect, it } from '@jest/globals';
import { applicableRules, suggestUnit, type RoutingRule, type RoutingUnit } from './routing.js';

const TRQ = 'community-trq';
const units: RoutingUnit[] = [
  { id: 'u-cgb', code: 'CGB', name: '城市管理办', kind: 'office', communityId: null },
  { id: 'u-wy', code: 'WY', name: '物业科', kind: 'office', communityId: null },
  { id: 'u-zjb', code: 'ZJB', name: '住建办', kind: 'office', communityId: null },
  { id: 'u-trq', code: 'TRQ', name: '陶然亭社区居委会', kind: 'community', communityId: TRQ },
];
const rule = (categoryPrefix: string, unitCode: string, extra: Partial<RoutingRule> = {}): RoutingRule => ({ categoryPrefix, unitCode, coUnitCodes: [], ...extra });
const inTrq = { communityId: TRQ, communityName: '陶然亭社区' };
const PROPERTY = '城乡建设/物业管理/电梯故障';

describe('suggestUnit: which rule decides', () => {
  it.each<[string, RoutingRule[], string | null, string | null, string | null]>([
    ['a longer prefix beats a shorter one', [rule('城乡建设', 'ZJB'), rule('城乡建设/物业管理', 'WY')], TRQ, '物业科', '分类规则“城乡建设/物业管理” → 物业科'],
    ['a prefix covers whole levels only', [rule('城乡建设/物业', 'WY'), rule('城乡建设', 'ZJB')], TRQ, '住建办', '分类规则“城乡建设” → 住建办'],
    ['a community rule beats a street-wide one of equal priority, even a more specific one',
      [rule('城乡建设/物业管理/电梯故障', 'WY'), rule('城乡建设', 'CGB', inTrq)], TRQ, '城市管理办', '分类规则“城乡建设 · 陶然亭社区” → 城市管理办'],
    ['a rule for another community does not apply', [rule('城乡建设/物业管理', 'CGB', { communityId: 'community-other', communityName: '米市社区' }), rule('城乡建设', 'ZJB')], TRQ, '住建办', '分类规则“城乡建设” → 住建办'],
    ['a community rule does not apply while the community is unknown', [rule('城乡建设', 'CGB', inTrq), rule('城乡建设', 'ZJB')], null, '住建办', '分类规则“城乡建设” → 住建办'],
    ['a higher priority beats a community rule', [rule('城乡建设', 'ZJB', { priority: 5 }), rule('城乡建设/物业管理', 'CGB', inTrq)], TRQ, '住建办', '分类规则“城乡建设”（优先级 5） → 住建办'],
    ['a higher priority beats a longer prefix', [rule('城乡建设', 'ZJB', { priority: 1 }), rule('城乡建设/物业管理', 'WY')], TRQ, '住建办', '分类规则“城乡建设”（优先级 1） → 住建办'],
    ['a negative priority loses to the default', [rule('城乡建设/物业管理', 'WY', { priority: -10 }), rule('城乡建设', 'ZJB')], TRQ, '住建办', '分类规则“城乡建设” → 住建办'],
    ['the reason names the community and the priority', [rule('城乡建设/物业管理', 'CGB', { ...inTrq, priority: 10 }), rule('城乡建设', 'ZJB')], TRQ, '城市管理办', '分类规则“城乡建设/物业管理 · 陶然亭社区”（优先级 10） → 城市管理办'],
    ['the best rule\'s lead unit is stopped (not among the units), so the next rule decides',
      [rule('城乡建设/物业管理', 'STOPPED', inTrq), rule('城乡建设', 'ZJB')], TRQ, '住建办', '分类规则“城乡建设” → 住建办'],
    ['`community` resolves to the order\'s committee', [rule('城乡建设/物业管理', 'community')], TRQ, '陶然亭社区居委会', '分类规则“城乡建设/物业管理”由所属社区居委会办理'],
    ['`community` without a community gives no unit', [rule('城乡建设/物业管理', 'community')], null, null, '分类规则“城乡建设/物业管理”由所属社区居委会办理，但工单尚无所属社区'],
  ])('when %s, then the suggestion follows it', (_, rules, communityId, unitName, reason) => {
    expect(suggestUnit(PROPERTY, communityId, rules, units)).toMatchObject({ unitName, reason });
  });

  it('when no rule covers the category, then there is no suggestion', () => {
    expect(suggestUnit(PROPERTY, TRQ, [rule('市容环境', 'CGB'), rule('城乡建设/物业管理', 'CGB', { communityId: 'x' })], units)).toBeNull();
    expect(suggestUnit(null, TRQ, [rule('城乡建设', 'CGB')], units)).toBeNull();
  });

  it('when rules tie on every count, then the input order decides (stable sort)', () => {
    const rules = [rule('城乡建设', 'ZJB', inTrq), rule('城乡建设', 'CGB', inTrq)];
    expect(applicableRules(PROPERTY, TRQ, rules).map((r) => r.unitCode)).toEqual(['ZJB', 'CGB']);
  });

  it('when the winning rule names co-units, then the known ones come with it', () => {
    const suggestion = suggestUnit(PROPERTY, TRQ, [rule('城乡建设', 'ZJB', { coUnitCodes: ['WY', 'GONE'] })], units);
    expect(suggestion).toMatchObject({ rule: '城乡建设', coUnits: [{ id: 'u-wy', name: '物业科' }] });
  });
});
