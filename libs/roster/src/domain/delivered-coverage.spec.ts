import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { dayNumber } from './calendar-dates.js';
import { coverageDemandFromBands } from './coverage-demand.js';
import { deliveredCoverage, type Presence } from './delivered-coverage.js';
import { buildGreedyRoster } from './greedy-roster.js';
import { checkRoster } from './roster-checker.js';

describe('deliveredCoverage', () => {
  const demand = coverageDemandFromBands({ '00-08': 1, '08-20': 3, '20-24': 2 }, 1);
  const minute = (date: string, hour: number, min = 0) => dayNumber(date) * 1440 + hour * 60 + min;
  const present = (staffId: string, dispatchQualified: boolean, date: string, from: number, to: number, fromMin = 0): Presence => ({
    staffId, dispatchQualified, startMinute: minute(date, from, fromMin), endMinute: minute(date, 0) + to * 60,
  });

  it('when the night seat arrives 10 minutes late, then the first hour is not covered', () => {
    const report = deliveredCoverage('2026-12', demand, [present('S01', true, '2026-12-01', 0, 8, 10)], minute('2026-12-01', 8));
    expect(report.days[0]).toMatchObject({ demandHours: 8, coveredHours: 7, seatHoursRequired: 8, seatHoursDelivered: 7, uncoveredHours: ['00:00–01:00'] });
    expect(report.totals).toMatchObject({ demandHours: 8, coveredHours: 7, coverageRate: 0.875 });
  });

  it('when seats are full but nobody may dispatch, then the hour is not covered though its seat-hours are delivered', () => {
    const report = deliveredCoverage('2026-12', demand, [present('S10', false, '2026-12-01', 0, 1)], minute('2026-12-01', 1));
    expect(report.days[0]).toMatchObject({ demandHours: 1, coveredHours: 0, seatHoursDelivered: 1 });
  });

  it('when every seat of a greedy roster the checker accepts is present, then the whole month is covered 24 hours a day', () => {
    const context = demoRosterContext('2026-12');
    const roster = buildGreedyRoster(context, { spareDispatchers: true });
    expect(checkRoster(context, roster)).toEqual([]);
    const staff = new Map(context.staff.map((person) => [person.id, person]));
    const templates = new Map(context.templates.map((template) => [template.code, template]));
    const presences = roster
      .filter((assignment) => staff.get(assignment.staffId)!.team === 'seat')
      .map((assignment): Presence => {
        const template = templates.get(assignment.shiftCode)!;
        const [sh, sm] = template.start.split(':').map(Number);
        const [eh, em] = template.end.split(':').map(Number);
        const startMinute = dayNumber(assignment.date) * 1440 + sh * 60 + sm;
        const endOfDay = eh * 60 + em;
        return { staffId: assignment.staffId, dispatchQualified: staff.get(assignment.staffId)!.skills.includes('dispatch'), startMinute, endMinute: dayNumber(assignment.date) * 1440 + (endOfDay <= sh * 60 + sm ? endOfDay + 1440 : endOfDay) };
      });
    const report = deliveredCoverage('2026-12', context.demand, presences);
    expect(report.totals).toMatchObject({ demandHours: 744, coveredHours: 744, coverageRate: 1 });
  });
});
