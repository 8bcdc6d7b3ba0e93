import { Alert, Empty, Table, Tag, type TableProps } from 'antd';
import type { OnDutyPerson } from '../../api/roster-types';
import { onDuty } from '../../api/roster-client';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { shiftHours } from './roster-dates';
import { SKILL_LABELS } from './roster-labels';
import { useLoad } from './use-load';

const COLUMNS: TableProps<OnDutyPerson>['columns'] = [
  { key: 'name', title: '人员', render: (_, p) => `${p.name}（${p.staffCode}）` },
  { key: 'shift', title: '班次', dataIndex: 'shiftName' },
  { key: 'hours', title: '时间', render: (_, p) => shiftHours(p.startsAt, p.endsAt) },
  { key: 'skills', title: '技能', render: (_, p) => p.skills.map((s) => SKILL_LABELS[s] ?? s).join('、') },
  {
    key: 'dispatch',
    title: '派单资质',
    sorter: (a, b) => Number(b.mayDispatch) - Number(a.mayDispatch),
    render: (_, p) => (p.mayDispatch ? <Tag color="success">可派单</Tag> : <span className="muted">—</span>),
  },
  {
    key: 'checkedIn',
    title: '签到',
    sorter: (a, b) => Number(a.checkedIn) - Number(b.checkedIn),
    render: (_, p) => (p.checkedIn ? <Tag color="success">已签到</Tag> : <Tag color="warning">未签到</Tag>),
  },
];

/** 当前在岗: who is on a published shift now, and which of them may dispatch (派单资质, DESIGN §1 and §7). */
export function OnDutyPanel({ refreshKey }: { refreshKey: number }) {
  const { data, error, loading } = useLoad(`on-duty:${refreshKey}`, (signal) => onDuty(api, signal), '当前在岗人员加载失败');
  const dispatchers = data?.items.filter((p) => p.mayDispatch) ?? [];

  return (
    <section className="panel" aria-labelledby="on-duty-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="on-duty-title">当前在岗</h2>
        {data ? <span className="muted small">截至 {formatShort(data.at)}</span> : null}
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {data ? (
        <p role="status">
          在岗 {data.items.length} 人，其中可派单 {dispatchers.length} 人
          {dispatchers.length ? `：${dispatchers.map((p) => p.name).join('、')}` : null}
        </p>
      ) : null}
      {data?.items.some((p) => p.team === 'seat') && dispatchers.length === 0 ? (
        <Alert className="alert" type="error" showIcon title="当前没有具备派单资质的人员在岗，请值班长尽快安排。" />
      ) : null}
      {data || loading ? (
        <Table<OnDutyPerson>
          aria-label="当前在岗人员"
          rowKey={(p) => `${p.staffCode}-${p.shiftCode}`}
          size="small"
          columns={COLUMNS}
          dataSource={data?.items ?? []}
          loading={loading && !data}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="此刻没有人在岗（已发布的排班中无此时段的班次）" /> }}
        />
      ) : null}
    </section>
  );
}

