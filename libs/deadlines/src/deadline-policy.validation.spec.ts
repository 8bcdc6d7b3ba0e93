import { describe, expect, it } from '@jest/globals';
import { defaultDeadlinePolicy } from '@app/calendar';
import { deadlinePolicyFieldErrors, normalizedPolicyRows } from './deadline-policy.validation.js';

const table = () => defaultDeadlinePolicy() as unknown as Record<string, unknown>[];
const withRow = (index: number, patch: Record<string, unknown>) => {
  const rows = table();
  rows[index] = { ...rows[index], ...patch };
  return rows;
};

describe('deadlinePolicyFieldErrors', () => {
  it('when the table is the default, then there is nothing to report', () => {
    expect(deadlinePolicyFieldErrors(table())).toEqual([]);
  });

  it.each([
    ['a zero clock', withRow(0, { signWithin: { unit: 'minutes', amount: 0 } }), 'rows.0.signWithin.amount', '签收时限必须大于 0'],
    ['a text amount', withRow(0, { signWithin: { unit: 'minutes', amount: '5' } }), 'rows.0.signWithin.amount', '签收时限的数值应为数字'],
    ['an unknown unit', withRow(0, { contactWithin: { unit: 'weeks', amount: 1 } }), 'rows.0.contactWithin.unit', expect.stringContaining('联系市民时限的单位应为')],
    ['a missing duration', withRow(0, { reviewWithin: null }), 'rows.0.reviewWithin', '初审时限缺失或格式错误，应为 { unit, amount }'],
    ['an unknown type', withRow(20, { type: 'rumour' }), 'rows.20.type', expect.stringContaining('未知的诉求类型')],
  ])('when a row has %s, then the error names its row and field', (_case, rows, field, message) => {
    expect(deadlinePolicyFieldErrors(rows)[0]).toEqual({ field, message });
  });

  it('when a pair is listed twice, then the later row is named with the earlier one', () => {
    const rows = table();
    expect(deadlinePolicyFieldErrors([...rows, rows[4]])).toEqual([{ field: 'rows.21', message: '“求助 × 紧急”与 rows.4 重复' }]);
  });

  it('when a row is not an object, then it is named, and its pair is reported missing from the table', () => {
    const rows: unknown[] = table();
    rows[0] = 'consult/normal';
    expect(deadlinePolicyFieldErrors(rows)).toEqual([
      { field: 'rows.0', message: '每一行应为对象' },
      { field: 'rows', message: '缺少“咨询 × 一般”的时限设置' },
    ]);
  });
});

describe('normalizedPolicyRows', () => {
  it('when a row carries extra keys, then only the policy fields are kept', () => {
    const rows = table().map((row) => ({ ...row, note: 'x', signWithin: { ...(row.signWithin as object), extra: 1 } }));
    expect(normalizedPolicyRows(rows)).toEqual(defaultDeadlinePolicy());
  });
});
