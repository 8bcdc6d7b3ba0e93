import { describe, expect, it } from '@jest/globals';
import { loadReferenceData, type ReferenceData } from '@app/reference';
import { isCategoryPrefix, isOnCommunityDutyList, resolveDispatchTarget } from './dispatch-routing.js';

const reference = loadReferenceData();

describe('resolveDispatchTarget', () => {
  it.each([
    ['城乡建设/物业管理/电梯运行', '004', 'CGB', []],
    ['公共服务/供暖/室温不达标', '001', 'CGB', ['GR01']],
    // Only the level-1 rule matches: the less specific prefix still routes.
    ['公共服务/供水/停水', '005', 'CGB', []],
    // The leaf rule beats the level-2 rule (市容环境/环境卫生 → CGB).
    ['市容环境/环境卫生/楼道堆物', '007', 'SQ007', []],
    ['市容环境/环境卫生/垃圾清运', '007', 'CGB', []],
    ['社会秩序/邻里纠纷/漏水纠纷', '002', 'SQ002', []],
    ['社会秩序/治安/群租房', '009', 'PAB', ['PCS']],
    ['其他/其他/其他', '010', 'QXY', []],
  ])('when the category is %s in community %s, then %s leads with %j', (path, community, unit, coUnits) => {
    const target = resolveDispatchTarget(reference, path, community);
    expect(target.unitCode).toBe(unit);
    expect(target.coUnitCodes).toEqual(coUnits);
  });

  it('when a rule sends a category off the duty list to the community, then an office leads and the community assists', () => {
    const edited: ReferenceData = structuredClone(reference);
    edited.routing.push({ category: '住房/房屋管理/房屋漏雨', unit: 'community' });
    expect(isOnCommunityDutyList(edited, '住房/房屋管理/房屋漏雨')).toBe(false);
    const target = resolveDispatchTarget(edited, '住房/房屋管理/房屋漏雨', '003');
    expect(target).toEqual({ unitCode: 'CGB', coUnitCodes: ['SQ003'], ruleCategory: '住房' });
  });

  it('when a rule is limited to one community, then it decides there and nowhere else', () => {
    const edited: ReferenceData = structuredClone(reference);
    edited.routing.push({ category: '社会秩序', unit: 'CGB', community: '009' });
    expect(resolveDispatchTarget(edited, '社会秩序/治安/群租房', '009')).toMatchObject({ unitCode: 'CGB', ruleCategory: '社会秩序' });
    expect(resolveDispatchTarget(edited, '社会秩序/治安/群租房', '008')).toMatchObject({ unitCode: 'PAB', ruleCategory: '社会秩序/治安' });
  });

  it('when a broader rule has a higher priority, then it beats the more specific one', () => {
    const edited: ReferenceData = structuredClone(reference);
    edited.routing.push({ category: '社会秩序', unit: 'CGB', priority: 1 });
    expect(resolveDispatchTarget(edited, '社会秩序/治安/群租房', '009')).toMatchObject({ unitCode: 'CGB', ruleCategory: '社会秩序' });
  });

  it('when no rule matches, then the coordinating centre takes the order', () => {
    const edited: ReferenceData = structuredClone(reference);
    edited.routing = edited.routing.filter((rule) => rule.category !== '其他');
    expect(resolveDispatchTarget(edited, '其他/其他/其他', '001')).toEqual({ unitCode: 'QXY', coUnitCodes: [], ruleCategory: null });
  });
});

describe('isCategoryPrefix', () => {
  it.each([
    ['公共服务', '公共服务/供暖/停暖', true],
    ['公共服务/供暖', '公共服务/供暖/停暖', true],
    ['公共服务/供暖/停暖', '公共服务/供暖/停暖', true],
    // Whole levels only: a character prefix is not a category prefix.
    ['公共服务/供', '公共服务/供暖/停暖', false],
    ['公共服务/供暖/停暖', '公共服务/供暖', false],
  ])('when %s is checked against %s, then %s', (prefix, path, expected) => {
    expect(isCategoryPrefix(prefix, path)).toBe(expected);
  });
});
