import { describe, expect, it } from '@jest/globals';
import { placeAt } from './keyword-rule-order.js';

describe('placeAt', () => {
  it.each([
    ['first to last', ['a', 'b', 'c'], 'a', 2, ['b', 'c', 'a']],
    ['last to first', ['a', 'b', 'c'], 'c', 0, ['c', 'a', 'b']],
    ['to the middle', ['a', 'b', 'c', 'd'], 'd', 1, ['a', 'd', 'b', 'c']],
    ['beyond the end', ['a', 'b', 'c'], 'a', 99, ['b', 'c', 'a']],
    ['before the start', ['a', 'b', 'c'], 'b', -3, ['b', 'a', 'c']],
    ['a new rule', ['a', 'b'], 'n', 1, ['a', 'n', 'b']],
    ['where it is', ['a', 'b', 'c'], 'b', 1, ['a', 'b', 'c']],
  ])('when moving %s, then the order follows', (_name, ids, id, position, expected) => {
    expect(placeAt(ids, id, position)).toEqual(expected);
  });
});
