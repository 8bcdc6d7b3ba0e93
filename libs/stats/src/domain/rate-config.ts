import type { PeriodMode } from './assessment-period.js';

/**
 * How the street scores its orders (DESIGN §8): the weights of the three rates in 综合成绩, how much a 基本满意 counts
 * towards 满意率, and how assessment months are cut. Admin configuration with an effective date: a change applies to
 * the periods that start on or after its date; earlier periods keep the settings they were scored with, so last
 * month's published ranking never moves.
 */
export interface RateConfig {
  /** The weights of 响应率, 解决率 and 满意率 (the rates `responseRate`, `resolutionRate`, `satisfactionRate`). */
  weights: { response: number; resolution: number; satisfaction: number };
  basicallySatisfiedWeight: number;
  periodMode: PeriodMode;
}

export interface DatedRateConfig extends RateConfig {
  /** 'YYYY-MM-DD' (Beijing). */
  effectiveFrom: string;
}

/** Beijing district practice: 0.1 / 0.5 / 0.4, 基本满意 × 0.9, calendar months. */
export const DEFAULT_RATE_CONFIG: DatedRateConfig = {
  effectiveFrom: '2000-01-01',
  weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 },
  basicallySatisfiedWeight: 0.9,
  periodMode: 'calendar',
};

/** The configuration in force on `day` ('YYYY-MM-DD'): the latest whose date is not after it, else the default. */
export function configInForce(configs: readonly DatedRateConfig[], day: string): DatedRateConfig {
  let best: DatedRateConfig = DEFAULT_RATE_CONFIG;
  for (const c of configs) if (c.effectiveFrom <= day && c.effectiveFrom >= best.effectiveFrom) best = c;
  return best;
}

export interface RateConfigProblem {
  field: string;
  message: string;
}

/** Weights are fractions that sum to 1 (a score out of 100), the factor a fraction. */
export function rateConfigProblems(c: RateConfig): RateConfigProblem[] {
  const problems: RateConfigProblem[] = [];
  const { response, resolution, satisfaction } = c.weights;
  for (const [field, value] of Object.entries({ 'weights.response': response, 'weights.resolution': resolution, 'weights.satisfaction': satisfaction })) {
    if (!(value >= 0 && value <= 1)) problems.push({ field, message: '权重须在 0 到 1 之间' });
  }
  if (problems.length === 0 && Math.abs(response + resolution + satisfaction - 1) > 1e-9) {
    problems.push({ field: 'weights', message: '三项权重之和须等于 1' });
  }
  if (!(c.basicallySatisfiedWeight >= 0 && c.basicallySatisfiedWeight <= 1)) {
    problems.push({ field: 'basicallySatisfiedWeight', message: '基本满意折算系数须在 0 到 1 之间' });
  }
  return problems;
}

/** e.g. 响应率×0.1 + 解决率×0.5 + 满意率×0.4（基本满意按 0.9 计）, shown beside every score. */
export function describeRateConfig(c: RateConfig): string {
  const w = c.weights;
  return `响应率×${w.response} + 解决率×${w.resolution} + 满意率×${w.satisfaction}（基本满意按 ${c.basicallySatisfiedWeight} 计）`;
}
