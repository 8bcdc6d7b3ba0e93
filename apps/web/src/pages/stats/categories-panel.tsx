import { Breadcrumb, Button, Table } from 'antd';
import { useMemo, useState } from 'react';
import { statsVolumes } from '../../api/stats-client';
import type { StatsPeriod, StatsVolumes, VolumeItem } from '../../api/stats-types';
import { navigate } from '../../routing/history';
import { Link } from '../../routing/link';
import { api } from '../../services';
import { EChart } from '../../ui-kit/echart';
import type { ChartOption } from '../../ui-kit/echarts-setup';
import { ChangeText } from './change-text';
import { periodOrdersHref } from './orders-link';
import { StatsSection } from './stats-section';
import { countChange, percent, trendOf } from './stats-format';
import { selectionToQuery, type StatsSelection } from './stats-selection';
import { useStats } from './use-stats';

const LEVELS = ['cat1', 'cat2', 'cat3'] as const;
const LEVEL_NAMES = ['一级分类', '二级分类', '三级分类'];
const BARS = 10;

/** A key's own name at its level: 城乡建设/物业管理 → 物业管理. */
const lastSegment = (key: string) => key.split('/').pop() ?? key;

function barOption(data: StatsVolumes): ChartOption {
  // Largest at the top: a horizontal bar chart draws its first category at the bottom.
  const top = data.items.slice(0, BARS).reverse();
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p) => `${top[(p as { dataIndex: number }).dataIndex].label}：${(p as { value: number }).value} 件` },
    xAxis: { type: 'value', minInterval: 1, show: false },
    yAxis: { type: 'category', data: top.map((i) => lastSegment(i.key)), axisTick: { show: false }, axisLabel: { width: 120, overflow: 'truncate' } },
    series: [{ type: 'bar', data: top.map((i) => i.count), barMaxWidth: 22, label: { show: true, position: 'right', formatter: '{c} 件' } }],
  };
}

/**
 * 受理量 by category, a level at a time: a bar opens the next level down (一级 → 二级 → 三级); at the last level, and
 * from every count in the table, the 工单 list of that category (the list matches a path and everything under it).
 */
export function CategoriesPanel({ period, selection }: { period: StatsPeriod; selection: StatsSelection }) {
  const [path, setPath] = useState<string[]>([]);
  const level = LEVELS[path.length];
  const query = { ...selectionToQuery(selection), category: path.at(-1) };
  const load = useStats(`${level}?${JSON.stringify(query)}`, (signal) => statsVolumes(api, query, level, signal));
  const option = useMemo(() => (load.data ? barOption(load.data) : null), [load.data]);
  const href = (key: string) => periodOrdersHref(period, selection, { category: key });

  const open = (data: StatsVolumes, item: VolumeItem) => {
    // Drill by the level shown (the answer on screen may still be the previous level's while the next one loads).
    const shownLevel = LEVELS.indexOf(data.by as (typeof LEVELS)[number]);
    if (shownLevel < LEVELS.length - 1) setPath([...path.slice(0, shownLevel), item.key]);
    else navigate(href(item.key));
  };

  // Buttons, not bare anchors: each level up is reachable by keyboard.
  const up = (depth: number, text: string) => (
    <Button type="link" size="small" className="stats-crumb" onClick={() => setPath(path.slice(0, depth))}>
      {text}
    </Button>
  );
  const crumbs = [{ title: path.length ? up(0, '全部分类') : <span>全部分类</span> }].concat(
    path.map((key, i) => ({ title: i === path.length - 1 ? <span>{lastSegment(key)}</span> : up(i + 1, lastSegment(key)) })),
  );

  return (
    <StatsSection
      id="stats-categories-title"
      title="问题分类"
      load={load}
      isEmpty={(d) => d.items.length === 0}
      emptyText={path.length ? '该分类下本期暂无工单' : '本期暂无工单'}
      extra={<Breadcrumb items={crumbs} aria-label="分类层级" />}
    >
      {(data) => (
        <div className="stats-split">
          <div>
            <EChart
              option={option!}
              height={Math.max(160, Math.min(data.items.length, BARS) * 30 + 16)}
              label={`${LEVEL_NAMES[path.length]}受理量：${data.items.slice(0, BARS).map((i) => `${lastSegment(i.key)} ${i.count} 件`).join('，')}`}
              onItemClick={({ dataIndex }) => open(data, data.items.slice(0, BARS).reverse()[dataIndex])}
            />
            <p className="muted small">{data.by === 'cat3' ? '点击柱条查看该分类的工单。' : '点击柱条查看下一级分类。'}</p>
          </div>
          <Table<VolumeItem>
            size="small"
            rowKey="key"
            aria-label={`${LEVEL_NAMES[path.length]}受理量`}
            pagination={false}
            scroll={{ y: 320 }}
            dataSource={data.items}
            columns={[
              { title: '分类', dataIndex: 'key', render: (key: string) => lastSegment(key) },
              {
                title: '件数',
                dataIndex: 'count',
                align: 'right',
                render: (count: number, row) => (
                  <Link to={href(row.key)} aria-label={`${lastSegment(row.key)} ${count} 件`}>
                    {count}
                  </Link>
                ),
              },
              { title: '占比', dataIndex: 'share', align: 'right', render: (share: number | null) => percent(share) },
              { title: '环比', dataIndex: 'change', align: 'right', render: (_: unknown, row) => <ChangeText trend={trendOf(row.change)} text={countChange(row.change)} /> },
            ]}
          />
        </div>
      )}
    </StatsSection>
  );
}
