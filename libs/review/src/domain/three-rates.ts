import type { AssessmentScope, Satisfaction } from '@app/orders';

/**
 * The three rates of Beijing district practice (DESIGN §8), over valid callbacks:
 *   响应率 = contacted / valid;  解决率 = solved / valid;  满意率 = (满意 + 0.9 × 基本满意) / valid;
 *   综合成绩 = (0.1 × 响应率 + 0.5 × 解决率 + 0.4 × 满意率) × 100, one decimal.
 * Orders assessed response-only count only in 响应率; excluded orders (剔除) count in none — but every order
 * stays in the volume. Pure: the statistics layer feeds it rows and shows what it returns.
 */
export interface RateInput {
  /** The order's assessment scope now (an exclusion approved after the callback still applies). */
  assessment: AssessmentScope;
  /** The callback that counts (the latest round's), or null when none was made. */
  callback: { valid: boolean; contacted: boolean; solved?: boolean | null; satisfaction?: Satisfaction | null } | null;
}

export interface RateConfig {
  weights: { response: number; solved: number; satisfaction: number };
  /** How much a 基本满意 counts towards 满意率. */
  basicallySatisfiedWeight: number;
}

export const DEFAULT_RATE_CONFIG: RateConfig = {
  weights: { response: 0.1, solved: 0.5, satisfaction: 0.4 },
  basicallySatisfiedWeight: 0.9,
};

export interface ThreeRates {
  /** Every order given, excluded ones included. */
  volume: number;
  excluded: number;
  /** Denominator of 响应率: valid callbacks of full and response-only orders. */
  responseBase: number;
  /** Denominator of 解决率 and 满意率: valid callbacks of fully assessed orders. */
  fullBase: number;
  contacted: number;
  solved: number;
  satisfied: number;
  basicallySatisfied: number;
  /** Fractions 0–1, null when their base is empty (no rate rather than a fake 0). */
  responseRate: number | null;
  solvedRate: number | null;
  satisfactionRate: number | null;
  /** 综合成绩, one decimal; null unless all three rates exist. */
  composite: number | null;
}

export function computeThreeRates(rows: readonly RateInput[], config: RateConfig = DEFAULT_RATE_CONFIG): ThreeRates {
  let excluded = 0;
  let responseBase = 0;
  let fullBase = 0;
  let contacted = 0;
  let solved = 0;
  let satisfied = 0;
  let basicallySatisfied = 0;
  for (const { assessment, callback } of rows) {
    if (assessment === 'excluded') {
      excluded++;
      continue;
    }
    if (!callback?.valid) continue;
    responseBase++;
    if (callback.contacted) contacted++;
    if (assessment !== 'full') continue;
    fullBase++;
    if (callback.solved) solved++;
    if (callback.satisfaction === 'satisfied') satisfied++;
    if (callback.satisfaction === 'basically') basicallySatisfied++;
  }
  const responseRate = responseBase > 0 ? contacted / responseBase : null;
  const solvedRate = fullBase > 0 ? solved / fullBase : null;
  const satisfactionRate = fullBase > 0 ? (satisfied + config.basicallySatisfiedWeight * basicallySatisfied) / fullBase : null;
  const w = config.weights;
  const composite =
    responseRate !== null && solvedRate !== null && satisfactionRate !== null
      ? roundTo((w.response * responseRate + w.solved * solvedRate + w.satisfaction * satisfactionRate) * 100, 1)
      : null;
  return {
    volume: rows.length, excluded, responseBase, fullBase, contacted, solved, satisfied, basicallySatisfied,
    responseRate, solvedRate, satisfactionRate, composite,
  };
}

/** Half-up rounding that is not fooled by binary fractions (66.1666… → 66.2, 52.05 → 52.1). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}
