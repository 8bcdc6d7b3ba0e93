import { Alert, Empty, Skeleton } from 'antd';
import { getRoster, listRosters } from '../../api/roster-client';
import { api } from '../../services';
import { formatShort } from '../../lib/shanghai-time';
import { MonthSwitcher } from './month-switcher';
import { monthLabel } from './roster-dates';
import { RosterMonthGrid, ShiftLegend } from './roster-month-grid';
import { useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';

interface RosterMonthViewProps {
  month: string;
  thisMonth: string;
  today: string;
  reference: RosterReference;
  refreshKey: number;
  onMonth: (month: string) => void;
}

/** The published roster of a month as a grid; a month without one says so (drafts are on 生成与发布). */
export function RosterMonthView({ month, thisMonth, today, reference, refreshKey, onMonth }: RosterMonthViewProps) {
  const { data, error, loading } = useLoad(
    `month:${month}:${refreshKey}`,
    async (signal) => {
      const published = (await listRosters(api, month, signal)).items.find((r) => r.status === 'published');
      return published ? getRoster(api, published.id, signal) : null;
    },
    '排班表加载失败',
  );
  const shown = data && data.month === month ? data : null;

  return (
    <section className="panel" aria-labelledby="roster-month-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="roster-month-title">{monthLabel(month)}排班表</h2>
        {shown ? (
          <span className="muted small">
            第 {shown.revision} 版，{shown.publishedAt ? `${formatShort(shown.publishedAt)} 发布` : '已发布'}
          </span>
        ) : null}
      </div>
      <MonthSwitcher month={month} thisMonth={thisMonth} onChange={onMonth} />
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {reference.error ? <Alert className="alert" type="error" showIcon title={reference.error} /> : null}
      {shown ? (
        <>
          {shown.violations.length ? (
            <Alert className="alert" type="error" showIcon title={`当前排班有 ${shown.violations.length} 处违反硬性规则，请值班长处理。`} />
          ) : null}
          <RosterMonthGrid month={month} assignments={shown.assignments} reference={reference} today={today} title={`已发布 第 ${shown.revision} 版`} />
          <ShiftLegend reference={reference} />
        </>
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !error ? (
        <Empty description={`${monthLabel(month)}尚未发布排班`} />
      ) : null}
    </section>
  );
}
