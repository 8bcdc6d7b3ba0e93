import { describe, expect, it } from '@jest/globals';
import { defaultDeadlinePolicy } from './deadline-policy.js';
import { validateDeadlinePolicy, type PolicyProblem } from './deadline-policy.validator.js';

/** The default table with row 0 (consult × normal) overwritten field by field. */
function withFirstRow(change: Record<string, unknown>): unknown[] {
  const [first, ...rest] = defaultDeadlinePolicy();
  return [{ ...first, ...change }, ...rest];
}

/** Matches a reported problem; `field` is checked only when given. */
const problem = (row: number, field: string | undefined, message: RegExp) => {
  const expected: Partial<Record<keyof PolicyProblem, unknown>> = { row, message: expect.stringMatching(message) };
  if (field) expected.field = field;
  return expect.objectContaining(expected);
};

describe('validateDeadlinePolicy', () => {
  it('when given the default table, then there is no problem', () => {
    expect(validateDeadlinePolicy(defaultDeadlinePolicy())).toEqual([]);
  });

  it('when the buffer is zero, then it is accepted (the unit is due at the platform limit)', () => {
    expect(validateDeadlinePolicy(withFirstRow({ unitReplyBuffer: { unit: 'hours', amount: 0 } }))).toEqual([]);
  });

  it.each([
    ['a negative duration', { signWithin: { unit: 'minutes', amount: -5 } }, 0, 'signWithin.amount', /negative/],
    ['a zero-length clock', { contactWithin: { unit: 'hours', amount: 0 } }, 0, 'contactWithin.amount', /greater than/],
    ['half a working day', { reviewWithin: { unit: 'workingDays', amount: 0.5 } }, 0, 'reviewWithin.amount', /whole/],
    ['an unknown unit', { reviewWithin: { unit: 'days', amount: 1 } }, 0, 'reviewWithin.unit', /unit must be/],
    ['an amount that is text', { signWithin: { unit: 'minutes', amount: '30' } }, 0, 'signWithin.amount', /finite/],
    ['a missing duration', { unitReplyWithoutUpstream: undefined }, 0, 'unitReplyWithoutUpstream', /missing/],
    ['an unknown type', { type: 'inquiry' }, 0, 'type', /unknown order type "inquiry"/],
    ['an unknown urgency', { urgency: 'high' }, 0, 'urgency', /unknown urgency "high"/],
    ['a pair left out (row 0 renamed)', { type: 'inquiry' }, -1, undefined, /^no row for consult × normal$/],
    ['a duplicated pair', { urgency: 'urgent' }, 1, undefined, /consult × urgent is already defined in row 0/],
  ])('when the table has %s, then it reports it', (_case, change, row, field, message) => {
    expect(validateDeadlinePolicy(withFirstRow(change))).toContainEqual(problem(row, field, message));
  });

  it.each([
    ['not a list', { rows: [] }, /must be a list/],
    ['empty', [], /no row for praise × critical/],
  ])('when the table is %s, then it reports it', (_case, policy, message) => {
    expect(validateDeadlinePolicy(policy)).toContainEqual(problem(-1, undefined, message));
  });

  it('when a row is not an object, then it reports that row', () => {
    const policy = [null, ...defaultDeadlinePolicy().slice(1)];
    expect(validateDeadlinePolicy(policy)).toContainEqual(problem(0, undefined, /must be an object/));
  });
});
