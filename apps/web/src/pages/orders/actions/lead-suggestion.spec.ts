import { describe, expect, it } from '@jest/globals';
import { describeSuggestion } from './lead-suggestion';

describe('the suggested lead unit in words', () => {
  it('when a routing rule names a unit, then it is suggested with the rule as the reason', () => {
    const stored = { unitId: 'cgb', unitName: '城市管理办', rule: '城乡建设/物业管理', reason: '分类规则“城乡建设/物业管理” → 城市管理办', coUnits: [] };
    expect(describeSuggestion(stored, '城乡建设/物业管理/物业服务')).toEqual({
      unitId: 'cgb',
      coUnitIds: [],
      text: '建议：城市管理办 — 规则：分类规则“城乡建设/物业管理” → 城市管理办',
    });
  });

  it('when the operator chose another unit at intake, then that one is suggested and the rule still shown', () => {
    const suggestion = describeSuggestion({
      unitId: 'cgb',
      unitName: '城市管理办',
      reason: '分类规则“城乡建设/物业管理” → 城市管理办',
      override: { unitId: 'zfd', unitName: '综合行政执法队', reason: '涉及违建' },
    }, '城乡建设/物业管理/物业服务');
    expect(suggestion.unitId).toBe('zfd');
    expect(suggestion.text).toBe('建议：综合行政执法队 — 坐席录入时指定，理由：涉及违建（规则：分类规则“城乡建设/物业管理” → 城市管理办）');
  });

  it('when the rule needs a community the order lacks, then nothing is preselected and the reason says why', () => {
    const suggestion = describeSuggestion({ unitId: null, unitName: null, reason: '分类规则“社会秩序/邻里纠纷”由所属社区居委会办理，但工单尚无所属社区', coUnits: [{ id: 'pcs', name: '派出所' }] }, null);
    expect(suggestion).toEqual({ unitId: null, coUnitIds: ['pcs'], text: '暂无建议 — 规则：分类规则“社会秩序/邻里纠纷”由所属社区居委会办理，但工单尚无所属社区' });
  });

  it('when the category was corrected past the rule after intake, then the old suggestion is shown as such and nothing is preselected', () => {
    const stored = { unitId: 'cgb', unitName: '城市管理办', rule: '城乡建设/物业管理', reason: '分类规则“城乡建设/物业管理” → 城市管理办', coUnits: [] };
    expect(describeSuggestion(stored, '城乡建设/物业管理/电梯运行').unitId).toBe('cgb'); // still under the rule
    expect(describeSuggestion(stored, '城乡建设/物业')).toMatchObject({ unitId: null }); // whole levels only
    expect(describeSuggestion(stored, '社会秩序/噪音扰民/生活噪音')).toEqual({
      unitId: null,
      coUnitIds: [],
      text: '录入时的建议（城市管理办 — 规则：分类规则“城乡建设/物业管理” → 城市管理办）不适用于更正后的分类',
    });
  });
});
