import type { SortOrder } from 'antd/es/table/interface';
import type { OrderSort } from '../../api/order-types';

/** The list's sortable columns and the api sort each direction means (承办时限 sorts most urgent first only). */
const COLUMN_SORTS = {
  receivedAt: { ascend: 'receivedAt', descend: '-receivedAt' },
  unitDueAt: { ascend: 'unitDueAt' },
} as const satisfies Record<string, Partial<Record<'ascend' | 'descend', OrderSort>>>;

export type SortableColumn = keyof typeof COLUMN_SORTS;

/** The arrow a column shows for the list's current sort (none when the sort is one no column has, e.g. 最近更新). */
export function columnSortOrder(column: SortableColumn, sort: OrderSort): SortOrder {
  const sorts: Partial<Record<'ascend' | 'descend', OrderSort>> = COLUMN_SORTS[column];
  if (sorts.ascend === sort) return 'ascend';
  if (sorts.descend === sort) return 'descend';
  return null;
}

/** The api sort for a header click; clearing a column's sort goes back to the default, newest calls first. */
export function sortFromColumn(column: unknown, order: SortOrder | undefined): OrderSort {
  if (!order || (column !== 'receivedAt' && column !== 'unitDueAt')) return '-receivedAt';
  const sorts: Partial<Record<'ascend' | 'descend', OrderSort>> = COLUMN_SORTS[column];
  return sorts[order] ?? '-receivedAt';
}
