import { describe, expect, it } from '@jest/globals';
import { renderTemplate, salutationOf, unknownPlaceholders } from './template-render.js';

const VALUES = { upstreamNo: 'BJ2026060100123', salutation: '陈先生/女士', address: '黑窑厂街12号院', unitName: '城市管理办', today: '2026年6月1日' };

describe('renderTemplate', () => {
  it.each([
    { when: 'every placeholder is known and filled', body: '{{诉求人称呼}}您好，您反映的{{诉求地址}}问题（{{工单编号}}）已由{{承办单位}}处理。', text: '陈先生/女士您好，您反映的黑窑厂街12号院问题（BJ2026060100123）已由城市管理办处理。', unknown: [], missing: [] },
    { when: 'spaces surround a name', body: '{{ 今天 }}', text: '2026年6月1日', unknown: [], missing: [] },
    { when: 'a placeholder is unknown', body: '{{电话}}', text: '{{电话}}', unknown: ['电话'], missing: [] },
    { when: 'the order lacks a value', body: '分类：{{问题分类}}', text: '分类：{{问题分类}}', unknown: [], missing: ['问题分类'] },
  ])('when $when, then the text is filled and gaps reported', ({ body, text, unknown, missing }) => {
    expect(renderTemplate(body, VALUES)).toEqual({ text, unknown, missing });
  });

  it('when an admin saves a template, then unknown names are found once each', () => {
    expect(unknownPlaceholders('{{电话}}{{电话}}{{今天}}{{身份证}}')).toEqual(['电话', '身份证']);
  });

  it.each([
    ['陈某某', '陈先生/女士'],
    ['  ', null],
    [null, null],
  ])('salutationOf(%p) = %p', (name, expected) => {
    expect(salutationOf(name)).toBe(expected);
  });
});
