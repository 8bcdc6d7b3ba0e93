/**
 * Sudden rises (突增, DESIGN §8): a category's count this week against the mean and spread of the previous 8 weeks.
 * z = (this week − mean) / sd. A flat history (sd 0) would make any increase infinite, so the spread is floored at 1
 * order — a category that went from a steady 2 a week to 3 is not an alarm, one that went to 9 is.
 */
export interface WeeklySeries {
  key: string;
  label: string;
  /** Oldest first; the last entry is the week under test, the ones before it the baseline (8 expected). */
  weeks: readonly number[];
}

export interface Rise {
  key: string;
  label: string;
  current: number;
  baselineMean: number;
  baselineSd: number;
  z: number;
}

export const RISE_RULE = { baselineWeeks: 8, minZ: 2, minCount: 5, sdFloor: 1 } as const;

export function suddenRises(series: readonly WeeklySeries[], rule = RISE_RULE): Rise[] {
  const rises: Rise[] = [];
  for (const s of series) {
    if (s.weeks.length < 2) continue;
    const current = s.weeks[s.weeks.length - 1];
    const baseline = s.weeks.slice(-1 - rule.baselineWeeks, -1);
    const mean = baseline.reduce((a, b) => a + b, 0) / baseline.length;
    const variance = baseline.reduce((a, b) => a + (b - mean) ** 2, 0) / baseline.length;
    const sd = Math.sqrt(variance);
    const z = (current - mean) / Math.max(sd, rule.sdFloor);
    if (current >= rule.minCount && z >= rule.minZ) {
      rises.push({ key: s.key, label: s.label, current, baselineMean: round2(mean), baselineSd: round2(sd), z: round2(z) });
    }
  }
  return rises.sort((a, b) => b.z - a.z || b.current - a.current);
}

const round2 = (x: number) => Math.round(x * 100) / 100;
