import { describe, expect, test } from '@jest/globals';
import { decide } from './decide-action.js';
import type { OrderAction } from './order-actions.js';
import type { OrderTimelineEvent } from './order-effects.js';
import type { OrderActor, OrderSnapshot } from './order-snapshot.js';
import { ACTORS, anOrder, CO, DUTY_CONTEXT, LEAD, NOW, VALID_INPUTS } from './order-test-fixtures.js';

/** Runs actions one after the other on the decision's `next` snapshot, as the use cases will. */
function walk(start: OrderSnapshot, steps: [OrderAction, OrderActor, unknown?][]) {
  let order = start;
  const timeline: OrderTimelineEvent[] = [];
  for (const [action, actor, input] of steps) {
    const result = decide(order, action, input ?? VALID_INPUTS[action], actor, NOW, DUTY_CONTEXT);
    if (!result.ok) throw new Error(`${action} refused: ${result.error.code}`);
    order = result.decision.next;
    timeline.push(result.decision.event);
  }
  return { order, timeline };
}

describe('order lifecycle', () => {
  test('when an order goes through rework and a reopening, then the timeline and counters tell its story', () => {
    const { order, timeline } = walk(anOrder(), [
      ['sign', ACTORS.operator],
      ['dispatch', ACTORS.operator],
      ['acknowledge', ACTORS.leadUnit],
      ['acknowledge', ACTORS.coUnit],
      ['sub_reply', ACTORS.coUnit],
      ['reply', ACTORS.leadUnit],
      ['reject', ACTORS.reviewer],
      ['reply', ACTORS.leadUnit],
      ['approve', ACTORS.reviewer],
      ['callback', ACTORS.reviewer, { contacted: true, solved: false, satisfaction: 'dissatisfied', valid: true }],
      ['reopen', ACTORS.supervisor],
      ['urge', ACTORS.supervisor],
      ['reply', ACTORS.leadUnit],
      ['approve', ACTORS.reviewer],
    ]);
    expect(timeline.map((e) => `${e.fromStatus}→${e.toStatus}`)).toEqual([
      'new→signed',
      'signed→dispatched',
      'dispatched→dispatched',
      'dispatched→dispatched',
      'dispatched→dispatched',
      'dispatched→replied',
      'replied→dispatched',
      'dispatched→replied',
      'replied→closed',
      'closed→visited',
      'visited→dispatched',
      'dispatched→dispatched',
      'dispatched→replied',
      'replied→closed',
    ]);
    expect(order).toMatchObject({ status: 'closed', leadUnitId: LEAD, coUnitIds: [CO], reworkCount: 2, urgeCount: 1, closedAt: NOW });
  });

  test('when a unit returns the order and the platform refuses the return, then the desk dispatches again', () => {
    const { order } = walk(anOrder({ status: 'signed' }), [
      ['dispatch', ACTORS.supervisor],
      ['unit_return', ACTORS.leadUnit],
      ['request_return', ACTORS.supervisor],
      ['return_decided', ACTORS.supervisor, { accepted: false }],
      ['dispatch', ACTORS.supervisor, { leadUnit: { id: 'unit-zfd', kind: 'enforcement' } }],
    ]);
    expect(order).toMatchObject({ status: 'dispatched', leadUnitId: 'unit-zfd', coUnitIds: [], formerUnitIds: [LEAD, CO] });
  });
});
