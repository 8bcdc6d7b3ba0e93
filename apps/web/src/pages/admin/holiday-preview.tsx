import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import type { HolidayEntry, HolidayKind, HolidayTableProblem, HolidayYearPreview } from './calendar-admin-client';

const COLUMN_LABELS: Record<NonNullable<HolidayTableProblem['column']>, string> = { date: '日期', kind: '类型', name: '名称' };
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function KindTag({ kind }: { kind: HolidayKind }) {
  return kind === 'holiday' ? <Tag color="green">放假</Tag> : <Tag color="orange">调休上班</Tag>;
}

export function weekdayOf(date: string): string {
  return `周${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
}

export const ENTRY_COLUMNS: TableColumnsType<HolidayEntry> = [
  { key: 'date', title: '日期', dataIndex: 'date' },
  { key: 'weekday', title: '星期', render: (_, e) => weekdayOf(e.date) },
  { key: 'kind', title: '类型', render: (_, e) => <KindTag kind={e.kind} /> },
  { key: 'name', title: '名称', dataIndex: 'name' },
];

const PROBLEM_COLUMNS: TableColumnsType<HolidayTableProblem> = [
  { key: 'row', title: '行', render: (_, p) => (p.row === null ? '全表' : `第 ${p.row} 行`) },
  { key: 'column', title: '列', render: (_, p) => (p.column ? COLUMN_LABELS[p.column] : '—') },
  { key: 'message', title: '问题', dataIndex: 'message' },
];

/** The preview of a pasted table: its problems by row, or what saving would change and which clocks it recomputes. */
export function HolidayPreview({ preview }: { preview: HolidayYearPreview }) {
  const { problems, changes, provisional } = preview;
  return (
    <div className="holiday-preview" aria-label="预览结果">
      {problems.length > 0 ? (
        <>
          <Alert className="alert" type="error" showIcon title={`发现 ${problems.length} 处问题，请修改后重新预览`} />
          <Table<HolidayTableProblem>
            aria-label="问题"
            size="small"
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            columns={PROBLEM_COLUMNS}
            dataSource={problems}
            pagination={false}
          />
        </>
      ) : null}
      {changes ? (
        <Alert
          className="alert"
          type="info"
          showIcon
          title={`保存后：新增 ${changes.added.length} 天，删除 ${changes.removed.length} 天，修改 ${changes.changed.length} 天，不变 ${changes.unchanged} 天`}
          description={
            provisional.clocks > 0
              ? `将按新的安排重新计算 ${provisional.orders} 张工单的 ${provisional.clocks} 个暂定时限。`
              : '目前没有涉及该年的暂定时限。'
          }
        />
      ) : null}
      <Table<HolidayEntry>
        aria-label="预览的节假日"
        size="small"
        rowKey="date"
        columns={ENTRY_COLUMNS}
        dataSource={preview.entries}
        pagination={preview.entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      />
    </div>
  );
}
