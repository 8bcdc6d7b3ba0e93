import { Statistic, Table } from 'antd';
import { statsTimeliness } from '../../api/stats-client';
import type { ClockTimeliness, StatsTimeliness } from '../../api/stats-types';
import { api } from '../../services';
import { StatsSection } from './stats-section';
import { minutesInWords, percent } from './stats-format';
import { selectionToQuery, type StatsSelection } from './stats-selection';
import { useStats } from './use-stats';

/** The period's other process figures: each a rate with the count it is made of. */
function processFigures(t: StatsTimeliness): { title: string; value: string; note: string }[] {
  return [
    { title: '承办单位退回率', value: percent(t.unitReturnRate), note: `退回 ${t.unitReturns} 次 / 受理 ${t.received} 件` },
    { title: '申请退单率', value: percent(t.returnRequestRate), note: `申请退单 ${t.returnRequests} 件` },
    { title: '初审一次通过率', value: percent(t.firstPassRate), note: `首次初审 ${t.firstReviews} 件` },
    { title: '返工率', value: percent(t.reworkRate), note: `驳回重办 ${t.reworks} 件` },
    { title: '催办', value: `${t.urges} 次`, note: '本期受理工单的催办次数' },
    { title: '重复件占比', value: percent(t.duplicateShare), note: `重复件 ${t.duplicates} 件` },
  ];
}

/**
 * 时效 (DESIGN §8): per clock, how many were done on time, and how long they took on average and at the 90th
 * percentile, in words; then returns, first-pass reviews, rework, urges and duplicates of the period.
 */
export function TimelinessPanel({ selection }: { selection: StatsSelection }) {
  const query = selectionToQuery(selection);
  const load = useStats(`timeliness?${JSON.stringify(query)}`, (signal) => statsTimeliness(api, query, signal));
  return (
    <StatsSection id="stats-timeliness-title" title="时效" load={load} isEmpty={(d) => d.received === 0 && d.clocks.every((c) => c.done === 0)}>
      {(data) => (
        <>
          <Table<ClockTimeliness>
            size="small"
            rowKey="clock"
            aria-label="各时限按时情况"
            pagination={false}
            dataSource={data.clocks}
            columns={[
              { title: '时限', dataIndex: 'label' },
              { title: '完成', dataIndex: 'done', align: 'right', render: (n: number) => `${n} 件` },
              { title: '按时率', dataIndex: 'onTimeRate', align: 'right', render: (r: number | null) => <strong>{percent(r)}</strong> },
              { title: '超时', dataIndex: 'late', align: 'right', render: (n: number) => (n ? <span className="stats-late">{n} 件</span> : '0 件') },
              { title: '平均用时', dataIndex: 'averageMinutes', align: 'right', render: minutesInWords },
              { title: 'P90 用时', dataIndex: 'p90Minutes', align: 'right', render: minutesInWords },
            ]}
          />
          <p className="muted small">P90 用时：九成工单在此时间内完成。</p>
          <ul className="stats-process" aria-label="办理过程指标">
            {processFigures(data).map((f) => (
              <li key={f.title} className="stats-process__item" aria-label={`${f.title} ${f.value}`}>
                <Statistic title={f.title} value={f.value} />
                <span className="muted small">{f.note}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </StatsSection>
  );
}
