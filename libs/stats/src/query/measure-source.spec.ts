import { describe, expect, it } from '@jest/globals';
import { basesOf, MEASURES } from '../rollups/rollup-sql.js';
import { planOf, VOLUME_AND_RATE_MEASURES } from './measure-source.js';
import type { StatsFilters } from './stats-scope.js';

const COMMUNITY = '11111111-1111-4111-8111-111111111111';
const scope = (filters: StatsFilters) => ({ streetCode: '110105001', fromDay: '2026-11-01', toDay: '2026-11-30', filters });

describe('which table answers a figure', () => {
  it.each<[string, StatsFilters, Parameters<typeof planOf>[1], ReturnType<typeof planOf>]>([
    ['no filter', {}, 'type', { kind: 'rollup', dim: 'type', key: null }],
    ['the grouping dimension itself', { type: 'help' }, 'type', { kind: 'rollup', dim: 'type', key: 'help' }],
    ['one filter, no grouping', { communityId: COMMUNITY }, 'all', { kind: 'rollup', dim: 'community', key: COMMUNITY }],
    ['a category by a finer level (drill-down)', { category: '城乡建设' }, 'cat2', { kind: 'rollup', dim: 'cat2', key: '城乡建设', keyPrefix: true }],
    ['a level-2 category by level 3', { category: '城乡建设/物业管理' }, 'cat3', { kind: 'rollup', dim: 'cat3', key: '城乡建设/物业管理', keyPrefix: true }],
    ['a category by a coarser level', { category: '城乡建设/物业管理' }, 'cat1', { kind: 'facts' }],
    ['a community by type', { communityId: COMMUNITY }, 'type', { kind: 'facts' }],
    ['a category and a community by a finer level', { category: '城乡建设', communityId: COMMUNITY }, 'cat2', { kind: 'facts' }],
  ])('when %s, then %j', (_, filters, by, plan) => {
    expect(planOf(scope(filters), by)).toEqual(plan);
  });

  it.each([
    ['volumes', ['received'], ['received']],
    ['volumes and the three rates', VOLUME_AND_RATE_MEASURES, ['received', 'callback']],
    ['every measure', MEASURES, ['received', 'callback', 'first_review', 'sign', 'contact', 'reply', 'review']],
  ])('when a query needs %s, then the facts are expanded on the bases %j only', (_, measures, bases) => {
    expect(basesOf(measures)).toEqual(bases);
  });
});
