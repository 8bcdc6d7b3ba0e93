import { Alert, Skeleton, Statistic } from 'antd';
import { statsOverview } from '../../api/stats-client';
import { Link } from '../../routing/link';
import { api } from '../../services';
import { ChangeText } from './change-text';
import { countChange, percent, score, scoreChange, scoreWithUnit, trendOf } from './stats-format';
import { useStats } from './use-stats';

/**
 * This assessment month's figures for the leader's 工作台, from the same GET /api/stats/overview as the 统计 page, so
 * the two always agree. No charts here: the home page does not load ECharts.
 */
export function MonthSummary() {
  const { data, error } = useStats('overview', (signal) => statsOverview(api, {}, signal));
  if (error) return <Alert className="alert" type="error" showIcon title={error} />;
  if (!data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  const { rates, change } = data;
  const figures = [
    { label: '受理量', value: `${data.total} 件`, aria: `本月受理量 ${data.total} 件`, note: <>环比 <ChangeText trend={trendOf(change.monthOnMonth)} text={countChange(change.monthOnMonth)} /></> },
    { label: '综合成绩', value: score(rates.composite), aria: `本月综合成绩 ${scoreWithUnit(rates.composite)}`, note: <>环比 <ChangeText trend={trendOf(rates.change.monthOnMonth)} text={scoreChange(rates.change.monthOnMonth)} /></> },
    { label: '响应率', value: percent(rates.responseRate), aria: `本月响应率 ${percent(rates.responseRate)}`, note: null },
    { label: '解决率', value: percent(rates.resolutionRate), aria: `本月解决率 ${percent(rates.resolutionRate)}`, note: null },
    { label: '满意率', value: percent(rates.satisfactionRate), aria: `本月满意率 ${percent(rates.satisfactionRate)}`, note: null },
  ];
  return (
    <section className="month-summary" aria-labelledby="month-summary-title">
      <h3 id="month-summary-title" className="home-card__sub-title">
        本月统计（{data.period.label}）
      </h3>
      <ul className="home-stats">
        {figures.map((f) => (
          <li key={f.label} className="home-stats__item" aria-label={f.aria}>
            <Statistic title={f.label} value={f.value} />
            {f.note ? <span className="small">{f.note}</span> : null}
          </li>
        ))}
      </ul>
      <p className="month-summary__more">
        <span className="muted small">{data.scoring.description}</span>
        <Link to="/stats">查看统计分析</Link>
      </p>
    </section>
  );
}
