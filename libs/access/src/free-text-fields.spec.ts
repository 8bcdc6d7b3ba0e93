import { describe, expect, it } from '@jest/globals';
import { maskFreeTextFields } from './free-text-fields.js';

const known = { names: ['王建国'], phones: ['13911112222'] };

describe('masking personal data in the free-text fields of a structure', () => {
  it.each([
    ['a contact summary', { summary: '已电话联系王建国 13911112222' }, { summary: '已电话联系王** 139****2222' }],
    ['a reply nested in an event payload', { payload: { reply: { content: '身份证110101199003071234已核实' } } }, { payload: { reply: { content: '身份证110*************34已核实' } } }],
    ['notes in a list', { checklist: [{ item: 'contact', note: '拨打 010-83551234' }] }, { checklist: [{ item: 'contact', note: '拨打 010*****1234' }] }],
    ['an array under a free-text key', { notes: ['13911112222', '无'] }, { notes: ['139****2222', '无'] }],
  ])('when %s holds personal data, then it is masked', (_case, input, expected) => {
    expect(maskFreeTextFields(input, known)).toEqual(expected);
  });

  it.each([
    ['an id that looks like a phone', { orderId: '83551234-0000-4000-8000-000000000000' }],
    ['a code under a non-text key', { status: 'dispatched', unitId: '13911112222' }],
    ['numbers and dates', { version: 3, at: new Date('2026-12-01T00:00:00Z'), overdue: null }],
    ['a reason given as a code', { reason: 'not_our_duty' }],
  ])('when the structure holds %s, then it is left unchanged', (_case, input) => {
    expect(maskFreeTextFields(input, known)).toEqual(input);
  });

  it('when a structure is masked, then the original is not modified', () => {
    const input = { content: '13911112222' };
    maskFreeTextFields(input, known);
    expect(input.content).toBe('13911112222');
  });
});
