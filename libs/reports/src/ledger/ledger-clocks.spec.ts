import { describe, expect, it } from '@jest/globals';
import { clockVerdict, otherAlarms } from './ledger-clocks.js';
import type { LedgerClock } from './ledger-order.js';

const due = new Date('2026-11-25T02:00:00Z');
const at = (minutesAfterDue: number) => new Date(due.getTime() + minutesAfterDue * 60_000);
const clock = (c: Partial<LedgerClock>): LedgerClock => ({ kind: 'contact', dueAt: due, stoppedAt: null, outcome: null, late: null, ...c });

describe('clockVerdict', () => {
  it.each([
    ['no such clock', [], [], { text: '', lateMinutes: null }],
    ['stopped in time', [clock({ stoppedAt: at(-30), outcome: 'done', late: false })], [], { text: '按时', lateMinutes: null }],
    ['stopped 90 min late', [clock({ stoppedAt: at(90), outcome: 'done', late: true })], [], { text: '超时', lateMinutes: 90 }],
    ['abandoned (re-dispatched)', [clock({ stoppedAt: at(10), outcome: 'abandoned', late: null })], [], { text: '未完成', lateMinutes: null }],
    ['running, not yet due', [clock({})], [], { text: '计时中', lateMinutes: null }],
    ['running and recorded overdue', [clock({})], ['contact'], { text: '超时（计时中）', lateMinutes: 120 }],
    // Past due by the arithmetic, but the alarm has not recorded it: the ledger shows the record, not its own sum.
    ['running past due, not yet recorded', [clock({})], [], { text: '计时中', lateMinutes: null }],
  ])('when %s, then %j', (_case, clocks, overdue, expected) => {
    expect(clockVerdict(clocks as LedgerClock[], overdue as string[], 'contact', at(120))).toEqual(expected);
  });
});

describe('otherAlarms', () => {
  it('names the alarms that are not one of the four clocks', () => {
    expect(otherAlarms(['contact', 'hangProgress', 'upstream'])).toBe('挂账进度报告日、平台办理时限');
    expect(otherAlarms(['sign'])).toBe('');
  });
});
