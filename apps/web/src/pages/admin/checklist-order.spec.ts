import { describe, expect, it } from '@jest/globals';
import { moveWrites, type Placed } from './checklist-order';

const list = (...positions: number[]): Placed[] => positions.map((position, i) => ({ code: `c${i}`, position, version: i + 1 }));

describe('moveWrites', () => {
  it.each([
    ['last item up between two with room', list(10, 20, 30), 2, -1, [{ code: 'c2', version: 3, position: 15 }]],
    ['first item down between two with room', list(10, 20, 30), 0, 1, [{ code: 'c0', version: 1, position: 25 }]],
    ['second item up to the top', list(10, 20, 30), 1, -1, [{ code: 'c1', version: 2, position: 0 }]],
    ['second-last item down to the bottom', list(10, 20, 30), 1, 1, [{ code: 'c1', version: 2, position: 40 }]],
    ['first item up: already there', list(10, 20), 0, -1, []],
    ['last item down: already there', list(10, 20), 1, 1, []],
  ] as const)('%s', (_, items, index, step, writes) => {
    expect(moveWrites(items, index, step)).toEqual(writes);
  });

  it.each([
    ['no room between neighbours: renumbered in the new order', list(10, 11, 12), 2, -1, [
      { code: 'c2', version: 3, position: 20 },
      { code: 'c1', version: 2, position: 30 },
    ]],
    ['tied positions (ordered by code): renumbered', list(10, 10, 10, 10), 1, 1, [
      { code: 'c2', version: 3, position: 20 },
      { code: 'c1', version: 2, position: 30 },
      { code: 'c3', version: 4, position: 40 },
    ]],
    ['tied with none beyond: one write past it', list(10, 10, 10), 1, 1, [{ code: 'c1', version: 2, position: 20 }]],
    ['top item at 0 passed from below: renumbered', list(0, 5), 1, -1, [
      { code: 'c1', version: 2, position: 10 },
      { code: 'c0', version: 1, position: 20 },
    ]],
  ] as const)('%s', (_, items, index, step, writes) => {
    expect(moveWrites(items, index, step)).toEqual(writes);
  });

  it('when the writes are applied, then the item sits one place further and the others keep their order', () => {
    const items = list(10, 11, 12, 13);
    const after = items.map((item) => ({ ...item, position: moveWrites(items, 3, -1).find((w) => w.code === item.code)?.position ?? item.position }));
    const order = [...after].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code)).map((i) => i.code);
    expect(order).toEqual(['c0', 'c1', 'c3', 'c2']);
  });
});
