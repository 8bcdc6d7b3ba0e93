import { Statistic } from 'antd';
import { ORDER_CLOCKS, ORDER_CLOCK_LABELS, ALARM_SUBJECT_LABELS, type OrderClock } from '@app/orders/domain/order-effects';
import type { StatsOverview } from '../../api/stats-types';
import { Link } from '../../routing/link';
import { openOrdersHref, periodOrdersHref } from './orders-link';
import { ChangeText } from './change-text';
import { countChange, score, scoreChange, scoreWithUnit, trendOf } from './stats-format';
import type { StatsSelection } from './stats-selection';

interface KpiCardsProps {
  overview: StatsOverview;
  selection: StatsSelection;
}

/** The clocks in the desk's order, then any other alarm the server counts (the platform's own limit). */
function clockEntries(byClock: Record<string, number>): { clock: string; label: string; count: number; listed: boolean }[] {
  const known = ORDER_CLOCKS.filter((c) => byClock[c]).map((c) => ({ clock: c, label: ORDER_CLOCK_LABELS[c as OrderClock], count: byClock[c], listed: true }));
  const others = Object.keys(byClock)
    .filter((c) => !(ORDER_CLOCKS as readonly string[]).includes(c) && byClock[c])
    // The 工单 list filters by the four desk clocks only; the others are shown without a link.
    .map((c) => ({ clock: c, label: ALARM_SUBJECT_LABELS[c] ?? c, count: byClock[c], listed: false }));
  return [...known, ...others];
}

/**
 * 受理量 (with 环比 and 同比), 在办 and 超期 now (by clock), 综合成绩: each figure a link to the 工单 list filtered the
 * way it was counted. The links' names ("受理量 123 件") are what screen readers read and tests look for.
 */
export function KpiCards({ overview, selection }: KpiCardsProps) {
  const { period, change, rates } = overview;
  const clocks = clockEntries(overview.overdueByClock);
  return (
    <ul className="stats-kpis" aria-label="主要指标">
      <li className="stats-kpi">
        <Link to={periodOrdersHref(period, selection)} className="stats-kpi__figure" aria-label={`受理量 ${overview.total} 件`} title="查看本期受理的工单">
          <Statistic title="受理量" value={overview.total} suffix="件" />
        </Link>
        <p className="stats-kpi__note">
          环比 <ChangeText trend={trendOf(change.monthOnMonth)} text={countChange(change.monthOnMonth)} />
          <span className="muted">（上期 {change.monthOnMonth.previous ?? '—'} 件）</span>
        </p>
        <p className="stats-kpi__note">
          同比 <ChangeText trend={trendOf(change.yearOnYear)} text={countChange(change.yearOnYear)} />
          <span className="muted">（去年同期 {change.yearOnYear.previous ?? '—'} 件）</span>
        </p>
      </li>
      <li className="stats-kpi">
        <Link to={openOrdersHref(selection)} className="stats-kpi__figure" aria-label={`在办 ${overview.openNow} 件`} title="查看尚未办结的工单">
          <Statistic title="在办" value={overview.openNow} suffix="件" />
        </Link>
        <p className="stats-kpi__note muted">当前尚未办结的工单，不限受理日期</p>
      </li>
      <li className="stats-kpi">
        <Link
          to={openOrdersHref(selection, 'true')}
          className={overview.overdueNow ? 'stats-kpi__figure stats-kpi__figure--alert' : 'stats-kpi__figure'}
          aria-label={`超期 ${overview.overdueNow} 件`}
          title="查看尚未办结、已超过时限的工单"
        >
          <Statistic title="超期" value={overview.overdueNow} suffix="件" />
        </Link>
        {clocks.length ? (
          <ul className="stats-kpi__clocks" aria-label="按时限">
            {clocks.map((c) => (
              <li key={c.clock}>
                {c.listed ? (
                  <Link to={openOrdersHref(selection, c.clock as OrderClock)} aria-label={`${c.label}超期 ${c.count} 件`}>
                    {c.label} {c.count} 件
                  </Link>
                ) : (
                  <span>
                    {c.label} {c.count} 件
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="stats-kpi__note muted">当前没有超期工单</p>
        )}
      </li>
      <li className="stats-kpi">
        <Link to={periodOrdersHref(period, selection)} className="stats-kpi__figure" aria-label={`综合成绩 ${scoreWithUnit(rates.composite)}`} title="查看本期受理的工单">
          <Statistic title="综合成绩" value={score(rates.composite)} suffix={rates.composite === null ? undefined : '分'} />
        </Link>
        <p className="stats-kpi__note">
          环比 <ChangeText trend={trendOf(rates.change.monthOnMonth)} text={scoreChange(rates.change.monthOnMonth)} />
        </p>
        <p className="stats-kpi__note muted">满分 100 分，计分规则见「三率与综合成绩」</p>
      </li>
    </ul>
  );
}
