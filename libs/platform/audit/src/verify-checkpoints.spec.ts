import { describe, expect, it } from '@jest/globals';
import { headsByStreet } from './verify-checkpoints.js';

const h = (n: number) => String(n).repeat(64).slice(0, 64);

describe('headsByStreet', () => {
  it('when checkpoints repeat a head, then each street keeps each head once, oldest id first, dated when first seen', () => {
    const heads = headsByStreet([
      { at: '2026-11-25T02:10:00.000Z', heads: [{ streetCode: 'A', id: 9, hash: h(9) }, { streetCode: 'B', id: 8, hash: h(8) }] },
      { at: '2026-11-25T02:05:00.000Z', heads: [{ streetCode: 'A', id: 5, hash: h(5) }, { streetCode: 'B', id: 8, hash: h(8) }] },
      { at: '2026-11-25T02:00:00.000Z', heads: [{ streetCode: 'A', id: 5, hash: h(5) }] },
    ]);
    expect(Object.fromEntries(heads)).toEqual({
      A: [{ id: 5, hash: h(5), at: '2026-11-25T02:00:00.000Z' }, { id: 9, hash: h(9), at: '2026-11-25T02:10:00.000Z' }],
      B: [{ id: 8, hash: h(8), at: '2026-11-25T02:05:00.000Z' }],
    });
  });

  it('when two checkpoints name the same id with different hashes, then both are kept to be compared', () => {
    const heads = headsByStreet([
      { at: '2026-11-25T02:05:00.000Z', heads: [{ streetCode: 'A', id: 5, hash: h(7) }] },
      { at: '2026-11-25T02:00:00.000Z', heads: [{ streetCode: 'A', id: 5, hash: h(5) }] },
    ]);
    expect(heads.get('A')!.map((x) => x.hash)).toEqual([h(5), h(7)]);
  });

  it('when there are no checkpoints, then no street is anchored', () => {
    expect(headsByStreet([]).size).toBe(0);
  });
});
