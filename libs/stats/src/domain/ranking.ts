/**
 * Rankings of units and communities (DESIGN §8): by composite score, then by volume (more orders handled ranks
 * higher at an equal score), then by name for a stable order. Ties on score and volume share a rank (1, 2, 2, 4).
 * Entries without a score (no valid callback) come last, unranked. The change is against the previous period's
 * rank: positive means climbed.
 */
export interface RankInput {
  key: string;
  name: string;
  score: number | null;
  volume: number;
}

export interface Ranked extends RankInput {
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank; null when either is missing. */
  rankChange: number | null;
}

export function rankEntries(current: readonly RankInput[], previous: readonly RankInput[] = []): Ranked[] {
  const before = new Map(assignRanks(previous).map((r) => [r.key, r.rank]));
  return assignRanks(current).map((r) => {
    const previousRank = before.get(r.key) ?? null;
    return { ...r, previousRank, rankChange: r.rank !== null && previousRank !== null ? previousRank - r.rank : null };
  });
}

function assignRanks(entries: readonly RankInput[]): (RankInput & { rank: number | null })[] {
  const sorted = [...entries].sort(
    (a, b) =>
      (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) ||
      (b.score ?? 0) - (a.score ?? 0) ||
      b.volume - a.volume ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
  let rank = 0;
  return sorted.map((e, i) => {
    if (e.score === null) return { ...e, rank: null };
    const prev = sorted[i - 1];
    if (!prev || prev.score !== e.score || prev.volume !== e.volume) rank = i + 1;
    return { ...e, rank };
  });
}
