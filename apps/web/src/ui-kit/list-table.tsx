import { Empty, Table, type TableColumnsType } from 'antd';

interface ListTableProps<T> {
  /** The id of the heading that names the list (its accessible name). */
  labelledBy: string;
  rowKey: keyof T & string;
  columns: TableColumnsType<T>;
  rows: readonly T[];
  /** Spinner only for the first load: a reload keeps the rows on screen. */
  loading: boolean;
  emptyText: string;
}

/** A short list of a panel (tens of rows): pages of 20 only when it grows longer, and a plain-words empty state. */
export function ListTable<T extends object>({ labelledBy, rowKey, columns, rows, loading, emptyText }: ListTableProps<T>) {
  return (
    <Table<T>
      aria-labelledby={labelledBy}
      rowKey={rowKey}
      size="small"
      columns={columns}
      dataSource={rows as T[]}
      loading={loading}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  );
}
