import { useMemo } from 'react';
import type { Channel, OrderType } from '@app/orders/domain/order-status';
import { statsVolumes } from '../../api/stats-client';
import type { StatsPeriod, StatsVolumes } from '../../api/stats-types';
import { navigate } from '../../routing/history';
import { Link } from '../../routing/link';
import { api } from '../../services';
import { EChart } from '../../ui-kit/echart';
import type { ChartOption } from '../../ui-kit/echarts-setup';
import { periodOrdersHref } from './orders-link';
import { StatsSection } from './stats-section';
import { percent } from './stats-format';
import { selectionToQuery, type StatsSelection } from './stats-selection';
import { useStats } from './use-stats';

function typeBars(data: StatsVolumes): ChartOption {
  return {
    grid: { left: 36, right: 8, top: 20, bottom: 24 },
    tooltip: { trigger: 'item', valueFormatter: (v) => `${v} 件` },
    xAxis: { type: 'category', data: data.items.map((i) => i.label), axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: '受理量', data: data.items.map((i) => i.count), barMaxWidth: 28, label: { show: true, position: 'top' } }],
  };
}

function channelPie(data: StatsVolumes): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    series: [
      {
        type: 'pie',
        name: '受理渠道',
        radius: ['42%', '70%'],
        data: data.items.map((i) => ({ name: i.label, value: i.count })),
        label: { formatter: '{b} {c}' },
      },
    ],
  };
}

/** The figures under a small chart, as words and links (the chart is a picture; these can be read and followed). */
function Legend({ data, href }: { data: StatsVolumes; href?: (key: string) => string }) {
  return (
    <ul className="stats-legend">
      {data.items.map((i) => (
        <li key={i.key}>
          {href ? (
            <Link to={href(i.key)} aria-label={`${i.label} ${i.count} 件`}>
              {i.label} {i.count} 件
            </Link>
          ) : (
            <span>
              {i.label} {i.count} 件
            </span>
          )}
          <span className="muted small"> {percent(i.share)}</span>
        </li>
      ))}
    </ul>
  );
}

/** 诉求类型 and 受理渠道 of the period; a type or a channel opens the 工单 list filtered the same way. */
export function MixPanel({ period, selection }: { period: StatsPeriod; selection: StatsSelection }) {
  const query = selectionToQuery(selection);
  const key = JSON.stringify(query);
  const types = useStats(`type?${key}`, (signal) => statsVolumes(api, query, 'type', signal));
  const channels = useStats(`channel?${key}`, (signal) => statsVolumes(api, query, 'channel', signal));
  const typeOption = useMemo(() => (types.data ? typeBars(types.data) : null), [types.data]);
  const channelOption = useMemo(() => (channels.data ? channelPie(channels.data) : null), [channels.data]);
  const typeHref = (type: string) => periodOrdersHref(period, selection, { type: type as OrderType });
  const channelHref = (channel: string) => periodOrdersHref(period, selection, { channel: channel as Channel });

  return (
    <div className="stats-pair">
      <StatsSection id="stats-types-title" title="诉求类型" load={types} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            <EChart
              option={typeOption!}
              height={200}
              label={`诉求类型：${data.items.map((i) => `${i.label} ${i.count} 件`).join('，')}`}
              onItemClick={({ dataIndex }) => navigate(typeHref(data.items[dataIndex].key))}
            />
            <Legend data={data} href={typeHref} />
          </>
        )}
      </StatsSection>
      <StatsSection id="stats-channels-title" title="受理渠道" load={channels} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <>
            <EChart
              option={channelOption!}
              height={200}
              label={`受理渠道：${data.items.map((i) => `${i.label} ${i.count} 件`).join('，')}`}
              onItemClick={({ dataIndex }) => navigate(channelHref(data.items[dataIndex].key))}
            />
            <Legend data={data} href={channelHref} />
          </>
        )}
      </StatsSection>
    </div>
  );
}
