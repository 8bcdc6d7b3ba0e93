import type { GenerationReport } from '../../api/roster-types';
import { GENERATION_STATUS_LABELS, METHOD_LABELS, SOFT_RULE_LABELS } from './roster-labels';
import { ViolationList } from './violation-list';

const number = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(2));
const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(2)}%`);

/**
 * What the solver says about a generated month (DESIGN §7): its status, the kept roster's objective, the best bound
 * the solver proved, the gap between them (how far from the best possible the roster may be), and the checker's
 * verdict, which is the one that decides whether the draft can be published.
 */
export function GenerationReportView({ report }: { report: GenerationReport }) {
  const softRules = Object.entries(report.softScoreByRule).filter(([, score]) => score !== 0);
  const ok = report.violations.length === 0;
  return (
    <section className="roster-report" aria-labelledby="roster-report-title">
      <h3 id="roster-report-title">求解报告</h3>
      <dl className="fields fields--compact">
        <div className="fields__row">
          <dt>方法</dt>
          <dd>{METHOD_LABELS[report.method] ?? report.method}</dd>
        </div>
        <div className="fields__row">
          <dt>求解状态</dt>
          <dd>
            {GENERATION_STATUS_LABELS[report.status] ?? report.status}
            {report.solverStatus ? <span className="muted small">（{report.solverStatus}）</span> : null}
          </dd>
        </div>
        <div className="fields__row">
          <dt>目标值</dt>
          <dd>
            {number(report.objective)}
            {/* The figures are the kept roster's: with the quick rota kept, its score against the solver's bound. */}
            {report.fallback === 'greedy' ? <span className="muted small">（所采用的快速排班）</span> : null}
          </dd>
        </div>
        <div className="fields__row">
          <dt>最优界</dt>
          <dd>{number(report.bestBound)}</dd>
        </div>
        <div className="fields__row">
          <dt>差距</dt>
          <dd>{percent(report.gap)}</dd>
        </div>
        <div className="fields__row">
          <dt>用时</dt>
          <dd>
            {(report.solveMs / 1000).toFixed(1)} 秒{report.timeLimitSeconds ? `（上限 ${report.timeLimitSeconds} 秒）` : ''}
          </dd>
        </div>
        <div className="fields__row">
          <dt>硬性规则违反</dt>
          <dd>
            <span className={`tag tag--${ok ? 'success' : 'danger'}`}>{ok ? '0 处，校验通过' : `${report.violations.length} 处`}</span>
          </dd>
        </div>
        <div className="fields__row">
          <dt>软性评分</dt>
          <dd>{number(report.softScoreTotal)}</dd>
        </div>
      </dl>
      {report.fallback === 'greedy' ? (
        <p className="notice notice--info">
          {report.fallbackReason === 'better_soft_score'
            ? '优化求解在时限内得到的排班软性评分不如快速排班，已采用快速排班结果（校验通过）。'
            : '优化求解在时限内未找到解，已改用快速排班结果（校验通过）。'}
        </p>
      ) : null}
      <ViolationList violations={report.violations} label="校验发现的违规" />
      {report.infeasibility?.length ? (
        <div className="notice notice--error" role="alert">
          <p>本月无法满足全部硬性规则，缺口如下：</p>
          <ul aria-label="逐小时缺口">
            {report.infeasibility.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {softRules.length ? (
        <details>
          <summary>软性规则扣分明细</summary>
          <ul>
            {softRules.map(([rule, score]) => (
              <li key={rule}>
                {SOFT_RULE_LABELS[rule] ?? rule}：{number(score)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
