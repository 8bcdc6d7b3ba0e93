import type { RateConfig } from './rate-config.js';

/**
 * The three rates of Beijing district practice (DESIGN §8), over valid callbacks:
 *   响应率 = contacted / valid;  解决率 = solved / valid;  满意率 = (满意 + f × 基本满意) / valid;
 *   综合成绩 = (w₁ × 响应率 + w₂ × 解决率 + w₃ × 满意率) × 100, one decimal.
 * Orders assessed response-only count only in 响应率; excluded orders (剔除) count in none — but stay in the volume.
 * The counts are additive (rollups sum them per day); the rates are computed only from summed counts.
 */
export type Assessment = 'full' | 'response_only' | 'excluded';
export type Satisfaction = 'satisfied' | 'basically' | 'dissatisfied';

export interface CallbackFacts {
  valid: boolean;
  contacted: boolean;
  solved?: boolean | null;
  satisfaction?: Satisfaction | null;
}

export interface RateCounts {
  /** Denominator of 响应率: valid callbacks of full and response-only orders. */
  responseBase: number;
  contacted: number;
  /** Denominator of 解决率 and 满意率: valid callbacks of fully assessed orders. */
  fullBase: number;
  solved: number;
  satisfied: number;
  basicallySatisfied: number;
}

export const NO_RATE_COUNTS: RateCounts = { responseBase: 0, contacted: 0, fullBase: 0, solved: 0, satisfied: 0, basicallySatisfied: 0 };

/** One order's contribution: its scope now and its counting callback (the latest round's), if any. */
export function rateCountsOf(assessment: Assessment, callback: CallbackFacts | null): RateCounts {
  if (assessment === 'excluded' || !callback?.valid) return NO_RATE_COUNTS;
  const full = assessment === 'full';
  return {
    responseBase: 1,
    contacted: callback.contacted ? 1 : 0,
    fullBase: full ? 1 : 0,
    solved: full && callback.solved ? 1 : 0,
    satisfied: full && callback.satisfaction === 'satisfied' ? 1 : 0,
    basicallySatisfied: full && callback.satisfaction === 'basically' ? 1 : 0,
  };
}

export function addRateCounts(a: RateCounts, b: RateCounts): RateCounts {
  return {
    responseBase: a.responseBase + b.responseBase,
    contacted: a.contacted + b.contacted,
    fullBase: a.fullBase + b.fullBase,
    solved: a.solved + b.solved,
    satisfied: a.satisfied + b.satisfied,
    basicallySatisfied: a.basicallySatisfied + b.basicallySatisfied,
  };
}

export interface ThreeRates extends RateCounts {
  /** Fractions 0–1, null when their base is empty (no rate rather than a fake 0). */
  responseRate: number | null;
  /** 解决率. */
  resolutionRate: number | null;
  satisfactionRate: number | null;
  /** 综合成绩 out of 100, one decimal; null unless all three rates exist. */
  composite: number | null;
}

export function threeRates(counts: RateCounts, config: Pick<RateConfig, 'weights' | 'basicallySatisfiedWeight'>): ThreeRates {
  const { responseBase, contacted, fullBase, solved, satisfied, basicallySatisfied } = counts;
  const responseRate = responseBase > 0 ? contacted / responseBase : null;
  const resolutionRate = fullBase > 0 ? solved / fullBase : null;
  const satisfactionRate = fullBase > 0 ? (satisfied + config.basicallySatisfiedWeight * basicallySatisfied) / fullBase : null;
  const w = config.weights;
  const composite =
    responseRate !== null && resolutionRate !== null && satisfactionRate !== null
      ? roundTo((w.response * responseRate + w.resolution * resolutionRate + w.satisfaction * satisfactionRate) * 100, 1)
      : null;
  return { ...counts, responseRate, resolutionRate, satisfactionRate, composite };
}

/** Half-up rounding that is not fooled by binary fractions (66.1666… → 66.2, 52.05 → 52.1). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}
