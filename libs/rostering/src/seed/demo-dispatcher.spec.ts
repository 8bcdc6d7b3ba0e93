import { describe, expect, it } from '@jest/globals';
import type { Assignment, ShiftTemplate, StaffMember } from '@app/roster';
import { pickDemoDispatcher } from './demo-dispatcher.js';

const person = (id: string, skills: StaffMember['skills'], team: StaffMember['team'] = 'seat'): StaffMember => ({
  id, name: id, team, skills, contractHoursPerMonth: 174, maxHoursPerMonth: 200,
});
const STAFF = [
  person('S01', ['intake', 'dispatch']), person('S02', ['intake', 'dispatch']), person('S03', ['intake', 'dispatch']),
  person('S07', ['intake', 'review']), person('S15', ['statistics', 'dispatch'], 'office'),
];
const TEMPLATES: ShiftTemplate[] = [
  { code: 'M', name: '早班', start: '08:00', end: '16:00' },
  { code: 'A', name: '中班', start: '16:00', end: '24:00' },
  { code: 'N', name: '夜班', start: '00:00', end: '08:00' },
];
const on = (staffId: string, shiftCode: string, date = '2026-11-25'): Assignment => ({ staffId, shiftCode, date });
/** Beijing wall-clock time on 2026-11-25. */
const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00+08:00`);
/** As the seeder asks for the operator: the reviewer's person is taken, the supervisor's only if nobody else dispatches now. */
const forOperator = { taken: ['S08'], preferNot: ['S01'] };

describe('pickDemoDispatcher', () => {
  it.each([
    { when: 'a dispatcher is on the morning shift at 10:00 with people who are not', roster: [on('S07', 'M'), on('S03', 'M'), on('S15', 'M')], time: '10:00', then: 'S03' },
    { when: 'two dispatchers are on duty', roster: [on('S03', 'M'), on('S02', 'M')], time: '10:00', then: 'S02' },
    { when: 'a shift ends at that very minute (end exclusive)', roster: [on('S02', 'M'), on('S03', 'A')], time: '16:00', then: 'S03' },
    { when: 'it is the night shift', roster: [on('S02', 'M'), on('S03', 'N')], time: '03:30', then: 'S03' },
    { when: 'the supervisor’s person and another dispatcher are on duty', roster: [on('S01', 'M'), on('S03', 'M')], time: '10:00', then: 'S03' },
    { when: 'only the supervisor’s person dispatches now', roster: [on('S01', 'M'), on('S07', 'M')], time: '10:00', then: 'S01' },
    { when: 'nobody dispatches now (no published roster)', roster: [], time: '10:00', then: 'S02' },
  ])('when $when, then the operator plays $then', ({ roster, time, then }) => {
    expect(pickDemoDispatcher(STAFF, TEMPLATES, roster, at(time), forOperator)?.id).toBe(then);
  });

  it('when the operator took the supervisor’s person, then the supervisor plays the first other dispatcher', () => {
    expect(pickDemoDispatcher(STAFF, TEMPLATES, [], at('10:00'), { taken: ['S08', 'S01'] })?.id).toBe('S02');
  });

  it('when every dispatcher is taken, then nobody', () => {
    expect(pickDemoDispatcher(STAFF, TEMPLATES, [on('S02', 'M')], at('10:00'), { taken: ['S01', 'S02', 'S03'] })).toBeNull();
  });
});
