/** A roster some method produced, with the independent judges' verdict on it. */
export interface RosterCandidate<S extends string = string> {
  source: S;
  /** Hard-rule violations found by the checker. */
  violations: number;
  /** The soft score (weighted penalties; lower is better). */
  softScore: number;
}

/**
 * Which of several rosters to keep: only one the checker accepts, and of those the lowest soft score; on a tie the
 * earlier candidate (the caller lists its preferred method first). Null when none is valid. The solver's own
 * objective is not consulted: a time-limited MIP can end worse than a quick rota, and the judges decide.
 */
export function bestRoster<C extends RosterCandidate>(candidates: readonly C[]): C | null {
  let best: C | null = null;
  for (const candidate of candidates) {
    if (candidate.violations > 0) continue;
    if (!best || candidate.softScore < best.softScore) best = candidate;
  }
  return best;
}

/** What the generation report says about how good a roster is: its objective, the proven bound, the gap between. */
export interface RosterFigures {
  objective: number | null;
  bestBound: number | null;
  gap: number | null;
}

/**
 * The figures of a roster the solver did not produce (the quick rota kept instead of the optimiser's): its soft
 * score is its objective (the solver minimises the same weighted soft penalty), the solver's proven bound still holds
 * for every roster of the month, and the gap is recomputed against that bound the way HiGHS defines it:
 * |objective − bound| / |objective| (0 when both are 0, unknown when only the objective is 0).
 */
export function figuresAgainstBound(softScore: number, bestBound: number | null): RosterFigures {
  if (bestBound === null) return { objective: softScore, bestBound: null, gap: null };
  const gap = softScore === 0 ? (bestBound === 0 ? 0 : null) : Math.abs(softScore - bestBound) / Math.abs(softScore);
  return { objective: softScore, bestBound, gap };
}
