import { Segmented, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { statsRankings } from '../../api/stats-client';
import type { RankedOf, RankingItem, StatsPeriod } from '../../api/stats-types';
import { api } from '../../services';
import { Link } from '../../routing/link';
import { ChangeText } from './change-text';
import { periodOrdersHref } from './orders-link';
import { StatsSection } from './stats-section';
import { NONE, percent, rankMove, score } from './stats-format';
import { selectionToQuery, type StatsSelection } from './stats-selection';
import { useStats } from './use-stats';

const TABS: { value: RankedOf; label: string }[] = [
  { value: 'unit', label: '承办单位' },
  { value: 'community', label: '社区' },
];

function columns(of: RankedOf, period: StatsPeriod, selection: StatsSelection): TableColumnsType<RankingItem> {
  // A row's orders: the page's scope narrowed to the unit or community ranked.
  const href = (key: string) => periodOrdersHref(period, selection, of === 'unit' ? { unitId: key } : { communityId: key });
  return [
    { title: '名次', dataIndex: 'rank', width: 64, render: (rank: number | null) => rank ?? NONE },
    {
      title: '名称',
      dataIndex: 'label',
      render: (label: string, row) => <Link to={href(row.key)}>{label}</Link>,
    },
    { title: '综合成绩', dataIndex: 'composite', align: 'right', render: (v: number | null) => <strong>{score(v)}</strong> },
    { title: '响应率', dataIndex: 'responseRate', align: 'right', render: percent },
    { title: '解决率', dataIndex: 'resolutionRate', align: 'right', render: percent },
    { title: '满意率', dataIndex: 'satisfactionRate', align: 'right', render: percent },
    {
      title: '受理量',
      dataIndex: 'volume',
      align: 'right',
      render: (volume: number, row) => (
        <Link to={href(row.key)} aria-label={`${row.label} 受理量 ${volume} 件`}>
          {volume}
        </Link>
      ),
    },
    {
      title: '名次变化',
      dataIndex: 'rankChange',
      align: 'center',
      render: (change: number | null, row) => {
        const text = rankMove(change, row.previousRank, row.rank);
        const trend = change === null ? 'none' : change === 0 ? 'flat' : change > 0 ? 'up' : 'down';
        return <ChangeText trend={trend} text={text} />;
      },
    },
  ];
}

/**
 * Rankings of units and communities by 综合成绩, then 受理量 (libs/stats ranking.ts), with the move since the previous
 * period. Those without a valid callback have no score and come last without a rank.
 */
export function RankingsPanel({ period, selection }: { period: StatsPeriod; selection: StatsSelection }) {
  const [of, setOf] = useState<RankedOf>('unit');
  const query = selectionToQuery(selection);
  const load = useStats(`${of}?${JSON.stringify(query)}`, (signal) => statsRankings(api, query, of, signal));
  const shownOf = load.data?.of ?? of;
  return (
    <StatsSection
      id="stats-rankings-title"
      title="排名"
      load={load}
      isEmpty={(d) => d.items.length === 0}
      extra={<Segmented size="small" aria-label="排名对象" options={TABS} value={of} onChange={(value) => setOf(value as RankedOf)} />}
    >
      {(data) => (
        <Table<RankingItem>
          size="small"
          rowKey="key"
          aria-label={`${TABS.find((t) => t.value === shownOf)!.label}排名`}
          columns={columns(shownOf, period, selection)}
          dataSource={data.items}
          pagination={false}
          scroll={{ y: 420 }}
        />
      )}
    </StatsSection>
  );
}
