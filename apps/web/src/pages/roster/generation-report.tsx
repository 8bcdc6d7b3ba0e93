import { Alert, Collapse, Descriptions, Tag } from 'antd';
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
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'method', label: '方法', children: METHOD_LABELS[report.method] ?? report.method },
          {
            key: 'status',
            label: '求解状态',
            children: (
              <>
                {GENERATION_STATUS_LABELS[report.status] ?? report.status}
                {report.solverStatus ? <span className="muted small">（{report.solverStatus}）</span> : null}
              </>
            ),
          },
          {
            key: 'objective',
            label: '目标值',
            children: (
              <>
                {number(report.objective)}
                {/* The figures are the kept roster's: with the quick rota kept, its score against the solver's bound. */}
                {report.fallback === 'greedy' ? <span className="muted small">（所采用的快速排班）</span> : null}
              </>
            ),
          },
          { key: 'bound', label: '最优界', children: number(report.bestBound) },
          { key: 'gap', label: '差距', children: percent(report.gap) },
          {
            key: 'time',
            label: '用时',
            children: `${(report.solveMs / 1000).toFixed(1)} 秒${report.timeLimitSeconds ? `（上限 ${report.timeLimitSeconds} 秒）` : ''}`,
          },
          {
            key: 'violations',
            label: '硬性规则违反',
            children: <Tag color={ok ? 'success' : 'error'}>{ok ? '0 处，校验通过' : `${report.violations.length} 处`}</Tag>,
          },
          { key: 'soft', label: '软性评分', children: number(report.softScoreTotal) },
          // The solver starts from the quick rota and never ends worse: its score is the one to beat.
          ...(report.method === 'optimiser' && report.greedySoftScoreTotal != null
            ? [{ key: 'greedy', label: '起点（快速排班）评分', children: number(report.greedySoftScoreTotal) }]
            : []),
        ]}
      />
      {report.fallback === 'greedy' ? (
        <Alert
          className="alert"
          type="info"
          showIcon
          title={
            report.fallbackReason === 'better_soft_score'
              ? '优化求解在时限内未能改进作为起点的快速排班，已采用快速排班结果（校验通过）。'
              : '优化求解在时限内未找到解，已改用快速排班结果（校验通过）。'
          }
        />
      ) : null}
      {report.cancelled ? <Alert className="alert" type="warning" showIcon title="求解已被取消：采用取消时最好的排班。" /> : null}
      <ViolationList violations={report.violations} label="校验发现的违规" />
      {report.infeasibility?.length ? (
        <Alert
          className="alert"
          type="error"
          showIcon
          title="本月无法满足全部硬性规则，缺口如下："
          description={
            <ul aria-label="逐小时缺口">
              {report.infeasibility.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {softRules.length ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'soft',
              label: '软性规则扣分明细',
              children: (
                <ul>
                  {softRules.map(([rule, score]) => (
                    <li key={rule}>
                      {SOFT_RULE_LABELS[rule] ?? rule}：{number(score)}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
