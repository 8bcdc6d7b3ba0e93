import { describe, expect, it } from '@jest/globals';
import { factFilterClauses } from './fact-filters.js';
import type { StatsFilters } from './stats-scope.js';

const COMMUNITY = '11111111-1111-4111-8111-111111111111';
const UNIT = '22222222-2222-4222-8222-222222222222';

describe('factFilterClauses', () => {
  it.each<[string, StatsFilters, { alias?: string; unitExpr?: string }, string[], unknown[]]>([
    ['no filter', {}, { alias: 'f' }, [], ['S']],
    ['a community, unaliased', { communityId: COMMUNITY }, {}, ['community_id = $2::uuid'], ['S', COMMUNITY]],
    ['a unit, as the lead unit', { unitId: UNIT }, { alias: 'f' }, ['f.unit_id = $2::uuid'], ['S', UNIT]],
    ['a unit, through the caller\'s expression', { unitId: UNIT }, { alias: 'f', unitExpr: 'u.x' }, ['u.x = $2::uuid'], ['S', UNIT]],
    ['a type and a channel', { type: 'complaint', channel: 'web' }, { alias: 'f' }, ['f.type = $2', 'f.channel = $3'], ['S', 'complaint', 'web']],
    [
      'a category prefix: the category or any below it, one parameter',
      { category: '城乡建设' },
      { alias: 'f' },
      ["(f.category_path = $2 OR f.category_path LIKE $2 || '/%')"],
      ['S', '城乡建设'],
    ],
    [
      'all five, in a fixed order',
      { communityId: COMMUNITY, unitId: UNIT, type: 'help', channel: 'app', category: 'a/b' },
      {},
      ['community_id = $2::uuid', 'unit_id = $3::uuid', 'type = $4', 'channel = $5', "(category_path = $6 OR category_path LIKE $6 || '/%')"],
      ['S', COMMUNITY, UNIT, 'help', 'app', 'a/b'],
    ],
    ['empty strings are no filter', { communityId: '', type: '' }, {}, [], ['S']],
  ])('when %s, then the clauses number their values after the caller\'s', (_, filters, options, clauses, params) => {
    const values: unknown[] = ['S'];
    expect(factFilterClauses(filters, values, options)).toEqual(clauses);
    expect(values).toEqual(params);
  });
});
