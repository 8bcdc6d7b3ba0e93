import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { identicalStaffClasses, orderForSymmetry } from './roster-model-symmetry.js';
import { scoreRoster } from './soft-score.js';
import type { Assignment } from './roster.types.js';

const context = demoRosterContext('2026-12');
const ids = (classes: number[][]) => classes.map((members) => members.map((index) => context.staff[index].id));

describe('identicalStaffClasses', () => {
  it('when staff differ only by name, then they share a class; leave, wishes and team set them apart', () => {
    expect(ids(identicalStaffClasses(context))).toEqual([
      ['S01', 'S02', 'S03', 'S05', 'S06'], // S04 has annual leave
      ['S07', 'S08', 'S09'],
      ['S11', 'S12', 'S13', 'S14'], // S10 avoids nights
      ['S15', 'S16'],
    ]);
  });

  it('when one of them ends the previous month with a night, then that person stands alone', () => {
    const withTail = { ...context, previousAssignments: [{ staffId: 'S07', date: '2026-11-30', shiftCode: 'N' }] };
    expect(ids(identicalStaffClasses(withTail))).toContainEqual(['S08', 'S09']);
  });
});

describe('orderForSymmetry', () => {
  it('when a later member works more, then the rows are relabelled busiest first and the score is unchanged', () => {
    const a = (staffId: string, day: string): Assignment => ({ staffId, date: `2026-12-${day}`, shiftCode: 'M' });
    const roster = [a('S07', '01'), a('S09', '01'), a('S09', '02'), a('S09', '03'), a('S08', '05'), a('S08', '06')];
    const ordered = orderForSymmetry(context, roster, identicalStaffClasses(context));
    const days = (id: string) => ordered.filter((x) => x.staffId === id).length;
    expect([days('S07'), days('S08'), days('S09')]).toEqual([3, 2, 1]);
    expect(scoreRoster(context, ordered).total).toBeCloseTo(scoreRoster(context, roster).total, 9);
  });
});
