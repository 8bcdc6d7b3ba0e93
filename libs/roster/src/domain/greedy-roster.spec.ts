import { describe, expect, it } from '@jest/globals';
import { demoRosterContext } from '../testing/demo-roster-context.js';
import { buildGreedyRoster } from './greedy-roster.js';
import { checkRoster } from './roster-checker.js';
import { scoreRoster } from './soft-score.js';

describe('buildGreedyRoster with spareDispatchers', () => {
  it.each(['2026-11', '2026-12', '2027-02'])('when the demo team is rostered for %s, then the checker accepts it', (month) => {
    const context = demoRosterContext(month);
    expect(checkRoster(context, buildGreedyRoster(context, { spareDispatchers: true }))).toEqual([]);
  });

  it('when dispatchers are not spared, then the naive baseline leaves the night of the 2nd without a dispatcher', () => {
    const context = demoRosterContext('2026-12');
    const rules = checkRoster(context, buildGreedyRoster(context)).map((violation) => `${violation.rule} ${violation.date}`);
    expect(rules).toContain('dispatch_coverage 2026-12-02');
  });
});

describe('buildGreedyRoster in blocks', () => {
  it('when the demo team is rostered in blocks, then it keeps every hard rule and has far fewer lone days', () => {
    const context = demoRosterContext('2026-12');
    const lone = (blocks: boolean) => {
      const roster = buildGreedyRoster(context, { spareDispatchers: true, blocks });
      expect(checkRoster(context, roster)).toEqual([]);
      const { units } = scoreRoster(context, roster);
      return units.isolated_day_off + units.isolated_work_day;
    };
    expect(lone(true) * 10).toBeLessThan(lone(false));
  });
});
