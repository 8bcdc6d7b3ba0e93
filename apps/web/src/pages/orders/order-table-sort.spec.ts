import { describe, expect, it } from '@jest/globals';
import { columnSortOrder, sortFromColumn } from './order-table-sort';

describe('order list header sorting', () => {
  it('shows the arrow of the current sort on its column only', () => {
    expect(columnSortOrder('receivedAt', '-receivedAt')).toBe('descend');
    expect(columnSortOrder('receivedAt', 'receivedAt')).toBe('ascend');
    expect(columnSortOrder('unitDueAt', 'unitDueAt')).toBe('ascend');
    expect(columnSortOrder('receivedAt', 'unitDueAt')).toBeNull();
    // 最近更新 and 平台时限 have no column: no arrow anywhere.
    expect(columnSortOrder('receivedAt', '-updatedAt')).toBeNull();
    expect(columnSortOrder('unitDueAt', 'upstreamDueAt')).toBeNull();
  });

  it('turns a header click into the api sort, and a cleared sort into newest calls first', () => {
    expect(sortFromColumn('receivedAt', 'ascend')).toBe('receivedAt');
    expect(sortFromColumn('receivedAt', 'descend')).toBe('-receivedAt');
    expect(sortFromColumn('unitDueAt', 'ascend')).toBe('unitDueAt');
    expect(sortFromColumn('unitDueAt', 'descend')).toBe('-receivedAt');
    expect(sortFromColumn('receivedAt', null)).toBe('-receivedAt');
    expect(sortFromColumn('content', 'ascend')).toBe('-receivedAt');
  });
});
