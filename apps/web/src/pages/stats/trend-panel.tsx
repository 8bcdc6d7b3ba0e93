import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { statsVolumes } from '../../api/stats-client';
import type { StatsPeriod, StatsVolumes } from '../../api/stats-types';
import { navigate } from '../../routing/history';
import { api } from '../../services';
import { EChart } from '../../ui-kit/echart';
import type { ChartOption } from '../../ui-kit/echarts-setup';
import { daysOrdersHref } from './orders-link';
import { StatsSection } from './stats-section';
import { dayLabel, monthLabel } from './stats-format';
import { lastDayOfMonth, selectionToQuery, trendRange, type StatsSelection } from './stats-selection';
import { useStats } from './use-stats';

type TrendView = 'months' | 'days';

const VIEWS = [
  { value: 'months' as const, label: '近 12 个月' },
  { value: 'days' as const, label: '本期逐日' },
];

/** A bucket's name: 2026年11月, or 11月5日. */
const bucketLabel = (data: StatsVolumes, key: string) => (data.by === 'month' ? monthLabel(key) : dayLabel(key));

function trendOption(data: StatsVolumes): ChartOption {
  const labels = data.items.map((i) => bucketLabel(data, i.key));
  const counts = data.items.map((i) => i.count);
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v} 件` },
    xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1, name: '件' },
    series: [
      data.by === 'month'
        ? { type: 'bar', name: '受理量', data: counts, barMaxWidth: 36, label: { show: true, position: 'top' } }
        : { type: 'line', name: '受理量', data: counts, smooth: true, symbolSize: 6, areaStyle: { opacity: 0.08 } },
    ],
  };
}

/**
 * 受理量 over time: the twelve calendar months up to the period's, or each day of the period. A bar or point opens the
 * 工单 list of that month or day, in the page's community and unit.
 */
export function TrendPanel({ period, selection }: { period: StatsPeriod; selection: StatsSelection }) {
  const [view, setView] = useState<TrendView>('months');
  const query = useMemo(() => {
    const scope = selectionToQuery(selection);
    return view === 'months' ? { ...scope, month: undefined, ...trendRange(period) } : scope;
  }, [selection, view, period]);
  const by = view === 'months' ? 'month' : 'day';
  const load = useStats(`${by}?${JSON.stringify(query)}`, (signal) => statsVolumes(api, query, by, signal));
  const option = useMemo(() => (load.data ? trendOption(load.data) : null), [load.data]);

  // By the answer shown (the previous view's stays on screen while the next one loads).
  const open = (data: StatsVolumes, key: string) =>
    navigate(data.by === 'month' ? daysOrdersHref(`${key}-01`, lastDayOfMonth(key), selection) : daysOrdersHref(key, key, selection));

  return (
    <StatsSection
      id="stats-trend-title"
      title="受理量趋势"
      load={load}
      isEmpty={(d) => d.items.every((i) => i.count === 0)}
      extra={<Segmented size="small" aria-label="趋势范围" options={VIEWS} value={view} onChange={(v) => setView(v as TrendView)} />}
    >
      {(data) => (
        <EChart
          option={option!}
          height={260}
          label={`受理量趋势：${data.items.map((i) => `${bucketLabel(data, i.key)} ${i.count} 件`).join('，')}`}
          onItemClick={({ dataIndex }) => open(data, data.items[dataIndex].key)}
        />
      )}
    </StatsSection>
  );
}
