import { Empty, Table, type TableProps } from 'antd';
import type { ImportErrorRow } from '../../api/intake-types';

/** One line per problem (a row can have several). */
interface ProblemLine {
  key: string;
  row: number;
  upstreamNo: string | null;
  column: string;
  message: string;
}

const COLUMNS: TableProps<ProblemLine>['columns'] = [
  { key: 'row', title: '行号', dataIndex: 'row', sorter: (a, b) => a.row - b.row, defaultSortOrder: 'ascend' },
  { key: 'upstreamNo', title: '工单编号', render: (_, line) => line.upstreamNo ?? <span className="muted">（无）</span> },
  { key: 'column', title: '列', dataIndex: 'column', sorter: (a, b) => a.column.localeCompare(b.column, 'zh-CN') },
  { key: 'message', title: '原因', dataIndex: 'message', className: 'table__content' },
];

/** 错误行: by the row number the user sees in Excel; the table is named by the heading above it. */
export function ImportErrorTable({ rows }: { rows: readonly ImportErrorRow[] }) {
  const lines: ProblemLine[] = rows.flatMap((row) =>
    row.errors.map((problem, index) => ({ key: `${row.row}-${index}`, row: row.row, upstreamNo: row.upstreamNo, column: problem.column, message: problem.message })),
  );
  return (
    <Table<ProblemLine>
      aria-labelledby="import-errors-title"
      size="small"
      columns={COLUMNS}
      dataSource={lines}
      pagination={lines.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 条` } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有错误行" /> }}
    />
  );
}
