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
