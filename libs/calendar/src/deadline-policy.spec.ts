import { describe, expect, it } from '@jest/globals';
import { defaultDeadlinePolicy, findPolicyRow, ORDER_TYPES, URGENCIES } from './deadline-policy.js';
import type { Duration } from './working-time.js';

const minutes = (amount: number): Duration => ({ unit: 'minutes', amount });
const hours = (amount: number): Duration => ({ unit: 'hours', amount });
const workingDays = (amount: number): Duration => ({ unit: 'workingDays', amount });

describe('default deadline policy (DESIGN §4)', () => {
  it('when created, then it has one row per order type × urgency and survives a JSON round trip', () => {
    const policy = defaultDeadlinePolicy();
    expect(policy).toHaveLength(ORDER_TYPES.length * URGENCIES.length);
    expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
  });

  it.each([
    // [urgency, sign, contact, buffer before the upstream limit, review]
    ['normal', minutes(30), hours(24), hours(24), workingDays(1)],
    ['urgent', minutes(15), hours(2), hours(2), hours(2)],
    ['critical', minutes(5), minutes(30), hours(1), minutes(30)],
  ] as const)('when urgency is %s, then every type has the table values', (urgency, sign, contact, buffer, review) => {
    for (const type of ORDER_TYPES) {
      expect(findPolicyRow(defaultDeadlinePolicy(), type, urgency)).toEqual({
        type,
        urgency,
        signWithin: sign,
        contactWithin: contact,
        unitReplyBuffer: buffer,
        unitReplyWithoutUpstream: workingDays(5),
        reviewWithin: review,
      });
    }
  });

  it('when the caller edits the returned table, then the next default is untouched', () => {
    defaultDeadlinePolicy()[0]!.signWithin.amount = 999;
    expect(defaultDeadlinePolicy()[0]!.signWithin.amount).toBe(30);
  });

  it("when the table lacks the order's row, then lookup fails loudly", () => {
    const withoutPraise = defaultDeadlinePolicy().filter((row) => row.type !== 'praise');
    expect(() => findPolicyRow(withoutPraise, 'praise', 'normal')).toThrow(/praise/);
  });
});
