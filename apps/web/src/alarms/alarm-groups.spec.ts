import { describe, expect, it } from '@jest/globals';
import { acknowledgeGroup, EMPTY_ALARMS, receiveAlarm, receiveAlarms, unacknowledgedCount, type Alarm, type AlarmState } from './alarm-groups';

const alarm = (orderId: string, overrides: Partial<Alarm> = {}): Alarm => ({
  kind: 'warning',
  clock: 'sign',
  orderId,
  orderNo: `NO-${orderId}`,
  dueAt: '2026-11-25T02:30:00.000Z',
  at: '2026-11-25T02:22:00.000Z',
  ...overrides,
});

const receiveAll = (alarms: Alarm[], state: AlarmState = EMPTY_ALARMS) => alarms.reduce(receiveAlarm, state);

describe('alarm groups', () => {
  it('when 29 sign warnings and 2 contact overdues arrive, then there are two groups, overdue first, with 31 alarms waiting', () => {
    const state = receiveAll([
      ...Array.from({ length: 29 }, (_, i) => alarm(`o${i}`)),
      alarm('c1', { kind: 'overdue', clock: 'contact' }),
      alarm('c2', { kind: 'overdue', clock: 'contact' }),
    ]);
    expect(state.groups.map((g) => [g.key, g.alarms.length])).toEqual([
      ['overdue:contact', 2],
      ['warning:sign', 29],
    ]);
    expect(unacknowledgedCount(state)).toBe(31);
  });

  it('when the same alarm arrives twice (a replay after reconnecting), then it counts once and the state is unchanged', () => {
    const once = receiveAll([alarm('a')]);
    expect(receiveAlarm(once, alarm('a'))).toBe(once);
  });

  it('when a group is acknowledged, then it goes; its alarms replayed stay gone, a new order opens the group again', () => {
    const shown = receiveAll([alarm('a'), alarm('b'), alarm('x', { kind: 'overdue' })]);
    const acknowledged = acknowledgeGroup(shown, 'warning:sign');
    expect(acknowledged.groups.map((g) => g.key)).toEqual(['overdue:sign']);
    expect(unacknowledgedCount(acknowledged)).toBe(1);
    expect(receiveAlarm(acknowledged, alarm('b'))).toBe(acknowledged);
    const again = receiveAlarm(acknowledged, alarm('c'));
    expect(again.groups.find((g) => g.key === 'warning:sign')?.alarms.map((a) => a.orderId)).toEqual(['c']);
  });

  it('when a clock restarts after rework and warns again, then that is a new alarm', () => {
    const acknowledged = acknowledgeGroup(receiveAll([alarm('a')]), 'warning:sign');
    const rework = receiveAlarm(acknowledged, alarm('a', { dueAt: '2026-11-27T02:30:00.000Z' }));
    expect(unacknowledgedCount(rework)).toBe(1);
  });

  it('when an order runs out after its warning, then the overdue replaces the warning, and a late warning is ignored', () => {
    const warned = receiveAll([alarm('a'), alarm('b')]);
    const overdue = receiveAlarm(warned, alarm('a', { kind: 'overdue' }));
    expect(overdue.groups.map((g) => [g.key, g.alarms.map((a) => a.orderId)])).toEqual([
      ['overdue:sign', ['a']],
      ['warning:sign', ['b']],
    ]);
    expect(receiveAlarm(overdue, alarm('a'))).toBe(overdue);
    const onlyOverdue = receiveAlarm(receiveAll([alarm('z')]), alarm('z', { kind: 'overdue' }));
    expect(onlyOverdue.groups.map((g) => g.key)).toEqual(['overdue:sign']);
  });

  it('when a burst arrives at once, then the state is exactly what receiving them one by one gives, replays, replaced warnings and new groups included', () => {
    const before = acknowledgeGroup(receiveAll([alarm('a'), alarm('b'), alarm('c', { kind: 'overdue', clock: 'contact' })]), 'overdue:contact');
    const burst = [
      alarm('b'), // shown already
      alarm('c', { kind: 'overdue', clock: 'contact' }), // acknowledged already
      alarm('a', { kind: 'overdue' }), // replaces a's shown warning
      alarm('d'),
      alarm('d', { kind: 'overdue' }), // replaces d's warning from earlier in the same burst
      alarm('e', { kind: 'overdue' }),
      alarm('e'), // a late warning after its overdue
      alarm('f', { clock: 'review' }),
      alarm('f', { clock: 'review' }), // twice in the burst
    ];
    const together = receiveAlarms(before, burst);
    expect(together).toEqual(receiveAll(burst, before));
    expect(together.groups.map((g) => [g.key, g.alarms.map((a) => a.orderId)])).toEqual([
      ['overdue:sign', ['a', 'd', 'e']],
      ['warning:sign', ['b']],
      ['warning:review', ['f']],
    ]);
    expect(receiveAlarms(together, burst)).toBe(together);
  });

  it('when an import raises 10,000 超期 of one clock, then they are one group with every order in it', () => {
    const state = receiveAlarms(EMPTY_ALARMS, Array.from({ length: 10_000 }, (_, i) => alarm(`i${i}`, { kind: 'overdue' })));
    expect(state.groups.map((g) => [g.key, g.alarms.length])).toEqual([['overdue:sign', 10_000]]);
  });
});
