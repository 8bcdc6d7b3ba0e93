import { describe, expect, test } from '@jest/globals';
import { allowedActions } from './allowed-actions.js';
import { decide } from './decide-action.js';
import type { OrderActor, OrderSnapshot } from './order-snapshot.js';
import { ACTORS, aDispatchedOrder, hoursFromNow, NOW, VALID_INPUTS } from './order-test-fixtures.js';

/** 联系市民 (DESIGN §3, §4): who may report a contact, on which orders, and when it may have happened. */
interface ContactCase {
  when: string;
  order: OrderSnapshot;
  actor: OrderActor;
  input?: Record<string, unknown>;
  then: 'ok' | string;
}

const proactive = aDispatchedOrder({ channel: 'proactive' });

const CASES: ContactCase[] = [
  { when: 'the lead unit reports its call', order: aDispatchedOrder(), actor: ACTORS.leadUnit, then: 'ok' },
  { when: 'an operator records it on the lead unit’s behalf', order: aDispatchedOrder(), actor: ACTORS.operator, then: 'ok' },
  { when: 'a supervisor records it', order: aDispatchedOrder(), actor: ACTORS.supervisor, then: 'ok' },
  { when: 'a co-unit reports a contact', order: aDispatchedOrder(), actor: ACTORS.coUnit, then: 'ORDER_NOT_LEAD_UNIT' },
  { when: 'a former unit reports a contact', order: aDispatchedOrder(), actor: ACTORS.formerUnit, then: 'ORDER_NOT_LEAD_UNIT' },
  { when: 'a reviewer reports a contact', order: aDispatchedOrder(), actor: ACTORS.reviewer, then: 'ORDER_ACTION_FORBIDDEN' },
  { when: 'a leader reports a contact', order: aDispatchedOrder(), actor: ACTORS.leader, then: 'ORDER_ACTION_FORBIDDEN' },
  { when: 'the order is a proactive finding with no citizen', order: proactive, actor: ACTORS.leadUnit, then: 'ORDER_NO_CITIZEN' },
  { when: 'the contact is dated in the future', order: aDispatchedOrder(), actor: ACTORS.leadUnit, input: { ...contactInput(), contactedAt: hoursFromNow(1).toISOString() }, then: 'ORDER_DATE_IN_FUTURE' },
  { when: 'the order is already replied', order: aDispatchedOrder({ status: 'replied' }), actor: ACTORS.leadUnit, then: 'ORDER_ILLEGAL_TRANSITION' },
  { when: 'the method is not one the desk knows', order: aDispatchedOrder(), actor: ACTORS.leadUnit, input: { ...contactInput(), method: 'pigeon' }, then: 'VALIDATION_FAILED' },
  { when: 'the summary is missing', order: aDispatchedOrder(), actor: ACTORS.leadUnit, input: { ...contactInput(), summary: undefined }, then: 'VALIDATION_FAILED' },
];

function contactInput(): Record<string, unknown> {
  return { ...(VALID_INPUTS.contact as Record<string, unknown>) };
}

describe('contact (联系市民)', () => {
  test.each(CASES.map((c) => [c.when, c] as const))('when %s', (_name, { order, actor, input, then }) => {
    const result = decide(order, 'contact', input ?? contactInput(), actor, NOW);
    if (then === 'ok') {
      expect(result).toMatchObject({ ok: true, decision: { toStatus: 'dispatched', changes: {} } });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: then } });
    }
  });

  test('when a proactive finding is on the unit’s desk, then contact is not among its actions', () => {
    expect(allowedActions(proactive, ACTORS.leadUnit, NOW)).not.toContain('contact');
    expect(allowedActions(aDispatchedOrder(), ACTORS.leadUnit, NOW)).toContain('contact');
  });
});

