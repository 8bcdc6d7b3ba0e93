import { beforeAll, describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { precheckCoverage } from './coverage-gaps.js';
import { generateRoster, type RosterGenerationResult } from './roster-generator.js';
import type { RosterContext, StaffMember } from './roster.types.js';

const TIME_LIMIT_SECONDS = 30;
const demo = demoRosterContext('2026-12');

/**
 * Christmas Eve with almost no dispatcher: S02–S06 on leave, S01 (the last one) at a medical check until 08:00.
 * The night of 12-24 has nobody who may hold the dispatch seat, and one person cannot cover both day shifts.
 */
function christmasEveWithoutDispatchers(): RosterContext {
  const staff = demo.staff.map((person): StaffMember => {
    if (['S02', 'S03', 'S04', 'S05', 'S06'].includes(person.id)) {
      return { ...person, leave: [...(person.leave ?? []), { from: '2026-12-24', to: '2026-12-24', kind: '事假' }] };
    }
    if (person.id === 'S01') return { ...person, unavailability: [{ from: '2026-12-24T00:00', to: '2026-12-24T08:00', reason: '体检' }] };
    return person;
  });
  return { ...demo, staff };
}

describe('explaining an infeasible month', () => {
  describe('when the dispatch-qualified staff cannot cover Christmas Eve', () => {
    let result: RosterGenerationResult;
    beforeAll(async () => {
      result = await generateRoster(christmasEveWithoutDispatchers(), { timeLimitSeconds: TIME_LIMIT_SECONDS });
    }, (TIME_LIMIT_SECONDS * 2 + 60) * 1000);

    it('then the generator says infeasible, with no roster claimed valid', () => {
      expect(result.status).toBe('infeasible');
      expect(result.coverageGaps).toBeDefined();
    });

    it('then the night is named before solving as certainly uncovered', () => {
      expect(result.coverageGaps!.certainGaps).toEqual([
        expect.objectContaining({ kind: 'dispatch', date: '2026-12-24', fromHour: 0, toHour: 8, missing: 1, message: '2026-12-24 00:00–08:00 缺 1 名具备派单资质人员' }),
      ]);
      expect(result.coverageGaps!.messages[0]).toBe('2026-12-24 00:00–08:00 缺 1 名具备派单资质人员（无人可排）');
    });

    it('then the relaxed model proves one of the two day shifts is also short, and nothing else', () => {
      const relaxed = result.coverageGaps!.relaxed!;
      expect(relaxed).toMatchObject({ status: 'optimal', minimal: true, missingPersonHours: { seats: 0, dispatch: 16 } });
      const shortHours = relaxed.gaps.flatMap((gap) =>
        Array.from({ length: gap.toHour - gap.fromHour }, (_, offset) => `${gap.kind} ${gap.date} ${gap.fromHour + offset} −${gap.missing}`),
      );
      expect(shortHours).toHaveLength(16);
      expect(shortHours.every((hour) => hour.startsWith('dispatch 2026-12-24 ') && hour.endsWith(' −1'))).toBe(true);
      expect(shortHours).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5, 6, 7].map((hour) => `dispatch 2026-12-24 ${hour} −1`)));
      expect(result.coverageGaps!.messages).toHaveLength(2);
      expect(result.coverageGaps!.messages[1]).toMatch(/^2026-12-24 (08:00–16:00|16:00–24:00) 缺 1 名具备派单资质人员（缺口总量最少的方案）$/);
    });
  });

  it('when only one person in the team may dispatch, then the quick check says the month lacks dispatch hours', () => {
    const staff = demo.staff.map((person) =>
      person.id === 'S01' ? person : { ...person, skills: person.skills.filter((skill) => skill !== 'dispatch') },
    );
    const { certainGaps, capacityNotes } = precheckCoverage({ ...demo, staff });

    expect(certainGaps).toEqual([]); // S01 alone could be there in any single hour …
    expect(capacityNotes).toEqual([expect.stringMatching(/^本月派单资质需求 744 人时，具备派单资质人员最多可排 200 人时，至少缺 544 人时$/)]); // … but not in all of them
  });
});
