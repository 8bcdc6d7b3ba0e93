import { describe, expect, it } from '@jest/globals';
import { distinctPicks, type TypicalCaseKind, type TypicalCasePick } from './typical-case.js';

const picks = (kind: TypicalCaseKind, ...ids: string[]): TypicalCasePick[] => ids.map((orderId) => ({ kind, orderId, reason: kind }));

describe('choosing the typical cases', () => {
  it.each<[string, TypicalCasePick[][], string[]]>([
    ['one of each kind first, in priority order', [picks('most-urged', 'a', 'b'), picks('dissatisfied', 'c'), picks('repeat-address', 'd'), picks('repeat-caller', 'e'), picks('top-category', 'f')], ['a', 'c', 'd', 'e', 'f']],
    ['an order found by two kinds counts once', [picks('most-urged', 'a'), picks('dissatisfied', 'a', 'b'), picks('repeat-address', 'a', 'b', 'c')], ['a', 'b', 'c']],
    ['topped up to three from kinds with more', [picks('most-urged', 'a', 'b', 'c'), picks('dissatisfied')], ['a', 'b', 'c']],
    ['topped up round-robin', [picks('most-urged', 'a', 'b'), picks('repeat-address', 'c', 'd')], ['a', 'c', 'b']],
    ['fewer than three when the period has fewer', [picks('most-urged', 'a'), picks('dissatisfied')], ['a']],
    ['none when nothing was found', [picks('most-urged'), picks('dissatisfied')], []],
  ])('when picking %s, then the cases are %j', (_case, groups, ids) => {
    expect(distinctPicks(groups).map((p) => p.orderId)).toEqual(ids);
  });
});
