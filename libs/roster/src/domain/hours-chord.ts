import type { ShiftCandidate } from './roster-model-frame.js';

/**
 * A person's hours H lie on a grid (the tail's hours plus whole shifts), so |H − t| cannot be 0 when the target t
 * falls between two grid points, yet the LP meets t exactly with fractional shifts and its bound sees no deviation
 * at all (issue 14: a term worth 170–220 on every integer roster, nearly 0 in the bound). The chord between the grid
 * points L ≤ t ≤ U = L + g is the convex hull of |H − t| over the grid. With a variable target t ≥ tlo (T ≥ its
 * floor) the chord through (L, tlo − L) and (U, U − t) stays valid:
 *   dev ≥ (U − t) + (U − H)(2·tlo − L − U)/g
 * and for a fixed target also its mirror dev ≥ (t − L) + (H − L)(L + U − 2·t)/g. Each is a row over the model's
 * variables: dev + target·(t − fixedTarget) + hours·(H − fixed) ≥ rhs, where H − fixed is the person's shift hours
 * (Σ hours·x) and t − fixedTarget the target's variable part (share·T, or nothing for a contract target).
 */
export interface HoursChord {
  target: number;
  hours: number;
  rhs: number;
}

export function chordFromBelow(tlo: number, fixed: number, fixedTarget: number, g: number): HoursChord {
  const lower = fixed + g * Math.floor((tlo - fixed) / g);
  const upper = lower + g;
  const slope = (2 * tlo - lower - upper) / g;
  // dev ≥ U − t + slope·(U − fixed − Σ hours·x)
  return { target: 1, hours: slope, rhs: upper + slope * (upper - fixed) - fixedTarget };
}

export function chordFromAbove(thi: number, fixed: number, fixedTarget: number, g: number): HoursChord {
  const lower = fixed + g * Math.floor((thi - fixed) / g);
  const upper = lower + g;
  const slope = (lower + upper - 2 * thi) / g;
  // dev ≥ t − L + slope·(fixed + Σ hours·x − L)
  return { target: -1, hours: -slope, rhs: fixedTarget - lower + slope * (fixed - lower) };
}

/** The step of a person's possible month hours: the greatest common divisor of their shifts' hours (0: none). */
export function hoursGrid(candidates: readonly Pick<ShiftCandidate, 'monthHours'>[]): number {
  const minutes = candidates.reduce((g, c) => gcd(g, Math.round(c.monthHours * 60)), 0);
  return minutes / 60;
}

/** Greatest common divisor of two non-negative integers (gcd(0, n) = n). */
export function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
