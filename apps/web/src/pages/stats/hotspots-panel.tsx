import { Alert, Empty, Skeleton, Table } from 'antd';
import type { ReactNode } from 'react';
import { statsHotspots, statsRises } from '../../api/stats-client';
import type { HotspotPlace, MonthlyTopic, RepeatCaller, StatsPeriod, SuddenRise } from '../../api/stats-types';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { api } from '../../services';
import { KeywordCloud } from './keyword-cloud';
import { daysOrdersHref, periodOrdersHref } from './orders-link';
import { StatsSection } from './stats-section';
import { dayLabel, percent } from './stats-format';
import { selectionToQuery, type StatsSelection } from './stats-selection';
import { useStats } from './use-stats';

const TABLE = { size: 'small', pagination: false, scroll: { y: 280 } } as const;

/** A titled block inside the panel; an empty list says so in words. */
function Block({ id, title, hint, empty, children }: { id: string; title: string; hint: string; empty: string | null; children: ReactNode }) {
  return (
    <section className="stats-block" aria-labelledby={id}>
      <h3 id={id} className="stats-block__title">
        {title}
      </h3>
      <p className="muted small">{hint}</p>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : children}
    </section>
  );
}

/**
 * 热点 (DESIGN §8): the places called about most (addresses cut to the courtyard), the period's keywords, 每月一题
 * candidates (many orders, low satisfaction), callers who rang again and again (phones masked), and categories that
 * rose suddenly this week.
 */
export function HotspotsPanel({ period, selection }: { period: StatsPeriod; selection: StatsSelection }) {
  const query = selectionToQuery(selection);
  const key = JSON.stringify(query);
  const hotspots = useStats(`hotspots?${key}`, (signal) => statsHotspots(api, query, signal));
  const periodHref = (extra: Parameters<typeof periodOrdersHref>[2]) => periodOrdersHref(period, selection, extra);

  return (
    <StatsSection id="stats-hotspots-title" title="热点" load={hotspots}>
      {(data) => (
        <div className="stats-blocks">
          <Block id="stats-places-title" title="高发地点" hint="地址归并到院（楼号、单元不计）；点击件数按地址查找工单。" empty={data.places.length ? null : '本期暂无工单'}>
            <Table<HotspotPlace>
              {...TABLE}
              rowKey="place"
              aria-label="高发地点"
              dataSource={data.places}
              columns={[
                { title: '地点', dataIndex: 'place' },
                {
                  title: '件数',
                  dataIndex: 'count',
                  align: 'right',
                  render: (count: number, row) => (
                    <Link to={periodHref({ q: row.place })} aria-label={`${row.place} ${count} 件`}>
                      {count}
                    </Link>
                  ),
                },
                { title: '来电人数', dataIndex: 'callers', align: 'right' },
              ]}
            />
          </Block>
          <Block
            id="stats-keywords-title"
            title="关键词"
            hint="本期工单内容中的高频词（TF-IDF：本期多见、平时少见的词更大）；点击按该词搜索本期工单。"
            empty={data.keywords.length ? null : '本期暂无关键词'}
          >
            <KeywordCloud keywords={data.keywords} hrefOf={(term) => periodHref({ q: term })} />
          </Block>
          <Block id="stats-topics-title" title="每月一题候选" hint="件数多、满意率低的三级分类（至少 3 件、有满意率），按预计不满意人次排序。" empty={data.monthlyTopics.length ? null : '本期暂无候选'}>
            <Table<MonthlyTopic>
              {...TABLE}
              rowKey="key"
              aria-label="每月一题候选"
              dataSource={data.monthlyTopics}
              columns={[
                { title: '分类', dataIndex: 'label' },
                {
                  title: '件数',
                  dataIndex: 'volume',
                  align: 'right',
                  render: (volume: number, row) => (
                    <Link to={periodHref({ category: row.key })} aria-label={`${row.label} ${volume} 件`}>
                      {volume}
                    </Link>
                  ),
                },
                { title: '满意率', dataIndex: 'satisfactionRate', align: 'right', render: percent },
                { title: '预计不满意', dataIndex: 'weight', align: 'right', render: (w: number) => `${w} 人次` },
              ]}
            />
          </Block>
          <Block id="stats-callers-title" title="重复来电" hint="截至本期末 30 天内来电 3 次及以上的号码（已脱敏）。" empty={data.repeatCallers.length ? null : '暂无重复来电'}>
            <Table<RepeatCaller>
              {...TABLE}
              rowKey="latestOrderId"
              aria-label="重复来电"
              dataSource={data.repeatCallers}
              columns={[
                { title: '来电号码', dataIndex: 'phone' },
                { title: '次数', dataIndex: 'count', align: 'right' },
                { title: '最近来电', dataIndex: 'lastReceivedAt', render: (at: string) => formatShort(at) },
                { title: '', dataIndex: 'latestOrderId', render: (id: string) => <Link to={`/orders/${encodeURIComponent(id)}`}>最近工单</Link> },
              ]}
            />
          </Block>
          <RisesBlock selection={selection} />
        </div>
      )}
    </StatsSection>
  );
}

/** 突增 comes from its own endpoint: it loads, fails or is empty on its own, inside the 热点 panel. */
function RisesBlock({ selection }: { selection: StatsSelection }) {
  const query = selectionToQuery(selection);
  const { data, error } = useStats(`rises?${JSON.stringify(query)}`, (signal) => statsRises(api, query, signal));
  const hint = data
    ? `${dayLabel(data.week.from)}—${dayLabel(data.week.to)}与前 8 周相比；z = (本周件数 − 前 8 周均值) ÷ 标准差，z ≥ 2 且本周至少 5 件的列出。`
    : '本周与前 8 周相比明显增多的分类。';
  let body: ReactNode;
  if (error) body = <Alert className="alert" type="error" showIcon title={error} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (!data.items.length) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本周没有明显突增的分类" />;
  else
    body = (
      <Table<SuddenRise>
        {...TABLE}
        rowKey="key"
        aria-label="突增分类"
        dataSource={data.items}
        columns={[
          { title: '分类', dataIndex: 'label' },
          {
            title: '本周',
            dataIndex: 'current',
            align: 'right',
            render: (current: number, row) => (
              <Link to={daysOrdersHref(data.week.from, data.week.to, selection, { category: row.key })} aria-label={`${row.label} 本周 ${current} 件`}>
                {current}
              </Link>
            ),
          },
          { title: '前 8 周均值', dataIndex: 'baselineMean', align: 'right', render: (v: number) => v.toFixed(1) },
          { title: 'z 值', dataIndex: 'z', align: 'right', render: (v: number) => <strong>{v.toFixed(2)}</strong> },
        ]}
      />
    );
  return (
    <Block id="stats-rises-title" title="突增" hint={hint} empty={null}>
      {body}
    </Block>
  );
}
