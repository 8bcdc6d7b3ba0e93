import { Descriptions } from 'antd';
import { useMemo } from 'react';
import type { StatsOverview } from '../../api/stats-types';
import { EChart } from '../../ui-kit/echart';
import type { ChartOption } from '../../ui-kit/echarts-setup';
import { percent, score, scoreWithUnit } from './stats-format';

const PERIOD_MODES: Record<string, string> = { calendar: '自然月', nineteenth: '上月19日至本月18日' };

interface Gauge {
  name: string;
  value: number | null;
  /** What the rate is over, in words. */
  basis: string;
}

function gaugesOf(overview: StatsOverview): Gauge[] {
  const r = overview.rates;
  return [
    { name: '响应率', value: r.responseRate, basis: `已联系 ${r.contacted} / 有效回访 ${r.responseBase}` },
    { name: '解决率', value: r.resolutionRate, basis: `已解决 ${r.solved} / 有效回访 ${r.fullBase}` },
    {
      name: '满意率',
      value: r.satisfactionRate,
      basis: `满意 ${r.satisfied} + 基本满意 ${r.basicallySatisfied}×${overview.scoring.basicallySatisfiedWeight} / 有效回访 ${r.fullBase}`,
    },
  ];
}

/** Three half-dials side by side; a missing rate shows an empty dial and "—". */
function gaugeOption(gauges: Gauge[]): ChartOption {
  return {
    series: gauges.map((g, i) => ({
      type: 'gauge' as const,
      center: [`${16.7 + i * 33.3}%`, '62%'],
      radius: '80%',
      startAngle: 200,
      endAngle: -20,
      min: 0,
      max: 100,
      progress: { show: true, width: 14 },
      axisLine: { lineStyle: { width: 14, color: [[1, '#e6ebf1']] } },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: { show: false },
      pointer: { show: false },
      anchor: { show: false },
      title: { offsetCenter: [0, '38%'], fontSize: 14, color: '#5f6b7a' },
      detail: {
        offsetCenter: [0, '0%'],
        fontSize: 22,
        fontWeight: 600,
        color: '#1d4e89',
        formatter: () => percent(g.value),
      },
      data: [{ name: g.name, value: g.value === null ? 0 : Math.round(g.value * 1000) / 10 }],
    })),
  };
}

/**
 * 三率 and 综合成绩 of the period, with the weights they were scored by beside them (DESIGN §8: the weights and the
 * 基本满意 factor are configuration with an effective date, so a score is read with its rule).
 */
export function RatesPanel({ overview }: { overview: StatsOverview }) {
  const gauges = useMemo(() => gaugesOf(overview), [overview]);
  const option = useMemo(() => gaugeOption(gauges), [gauges]);
  const { scoring, rates } = overview;
  return (
    <div className="stats-rates">
      <div className="stats-rates__gauges">
        <EChart option={option} height={190} label={gauges.map((g) => `${g.name} ${percent(g.value)}`).join('，')} />
        <ul className="stats-rates__bases">
          {gauges.map((g) => (
            // The dial above shows the name and the rate; the words under it say what the rate is over.
            <li key={g.name} aria-label={`${g.name} ${percent(g.value)}（${g.basis}）`} className="muted small">
              {g.basis}
            </li>
          ))}
        </ul>
      </div>
      <div className="stats-rates__score">
        <p className="stats-rates__composite" aria-label={`综合成绩 ${scoreWithUnit(rates.composite)}`}>
          <span className="stats-rates__composite-value">{score(rates.composite)}</span>
          <span className="muted"> / 100 分</span>
        </p>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'rule', label: '计分规则', children: scoring.description },
            { key: 'from', label: '生效日期', children: scoring.effectiveFrom },
            { key: 'period', label: '考核周期', children: PERIOD_MODES[scoring.periodMode] ?? scoring.periodMode },
          ]}
        />
        <p className="muted small">三率以有效回访为基数；仅考核响应的工单只计入响应率，剔除的工单不计入三率。</p>
      </div>
    </div>
  );
}
