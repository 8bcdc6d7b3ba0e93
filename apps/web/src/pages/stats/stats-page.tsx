import { Alert, Button, Empty, Skeleton } from 'antd';
import { useMemo } from 'react';
import { statsOverview } from '../../api/stats-client';
import { FilterSelect } from '../../forms/filter-select';
import { useDocumentTitle } from '../../lib/use-document-title';
import { navigate, usePathname, useSearch } from '../../routing/history';
import { api } from '../../services';
import { useDirectory } from '../orders/use-directory';
import { CategoriesPanel } from './categories-panel';
import { HotspotsPanel } from './hotspots-panel';
import { KpiCards } from './kpi-cards';
import { MixPanel } from './mix-panel';
import { PeriodPicker } from './period-picker';
import { RankingsPanel } from './rankings-panel';
import { RatesPanel } from './rates-panel';
import { StatsSection } from './stats-section';
import { selectionFromSearch, selectionToQuery, selectionToSearch, type StatsSelection } from './stats-selection';
import { TimelinessPanel } from './timeliness-panel';
import { TrendPanel } from './trend-panel';
import { useStats } from './use-stats';

/**
 * 统计分析 (issue 11, DESIGN §8): the period's volumes, three rates and score with the weights used, trend, rankings,
 * categories, hotspots and timeliness — every figure from GET /api/stats/*, every figure a way into the 工单 list
 * filtered the same way. The period and filters live in the URL.
 */
export function StatsPage() {
  useDocumentTitle('统计分析');
  const pathname = usePathname();
  const search = useSearch();
  const selection = useMemo(() => selectionFromSearch(search), [search]);
  const directory = useDirectory();
  const query = selectionToQuery(selection);
  const overview = useStats(`overview?${JSON.stringify(query)}`, (signal) => statsOverview(api, query, signal));
  const period = overview.data?.period ?? null;

  const change = (next: StatsSelection) => navigate(pathname + selectionToSearch(next));
  const filtered = !!(selection.communityId || selection.unitId);

  return (
    <section className="page stats-page">
      <div className="page__header">
        <h1 className="page__title">统计分析</h1>
        <span className="stats-page__period" role="status" aria-live="polite">
          {period ? `统计周期：${period.label}` : overview.loading ? '正在加载…' : ''}
        </span>
      </div>
      <div className="filters__row filters__row--wrap stats-filters">
        <PeriodPicker key={selection.fromDay ? 'range' : 'month'} selection={selection} period={period} onChange={change} />
        <FilterSelect
          id="stats-community"
          label="社区"
          searchable
          value={selection.communityId}
          options={directory.communities.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(communityId) => change({ ...selection, communityId })}
        />
        <FilterSelect
          id="stats-unit"
          label="承办单位"
          searchable
          value={selection.unitId}
          options={directory.units.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(unitId) => change({ ...selection, unitId })}
        />
        {filtered ? (
          <Button type="link" className="stats-filters__clear" onClick={() => change({ ...selection, communityId: '', unitId: '' })}>
            清除筛选
          </Button>
        ) : null}
      </div>
      {directory.error ? <Alert className="alert" type="warning" showIcon title={directory.error} /> : null}

      {overview.error ? (
        <Alert className="alert" type="error" showIcon title={overview.error} description="请调整统计周期或筛选条件后重试。" />
      ) : !overview.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <KpiCards overview={overview.data} selection={selection} />
          {overview.data.total === 0 ? (
            <section className="panel" aria-label="本期统计">
              <Empty description="本期暂无工单" />
            </section>
          ) : (
            <>
              <StatsSection id="stats-rates-title" title="三率与综合成绩" load={overview}>
                {(data) => <RatesPanel overview={data} />}
              </StatsSection>
              <TrendPanel period={overview.data.period} selection={selection} />
              <RankingsPanel period={overview.data.period} selection={selection} />
              <CategoriesPanel key={search} period={overview.data.period} selection={selection} />
              <MixPanel period={overview.data.period} selection={selection} />
              <HotspotsPanel period={overview.data.period} selection={selection} />
              <TimelinessPanel selection={selection} />
            </>
          )}
        </>
      )}
    </section>
  );
}
