/**
 * Month-on-month (环比) and year-on-year (同比) change of a figure. A change from nothing is not a percentage: it is
 * reported as null ("—" on the page), never as +∞ or a fake 100 %.
 */
export interface Change {
  previous: number | null;
  /** current − previous; null without a previous figure. */
  delta: number | null;
  /** delta / previous, 0–n; null when previous is 0 or missing. */
  ratio: number | null;
}

export function changeOf(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { previous, delta: null, ratio: null };
  const delta = current - previous;
  return { previous, delta, ratio: previous === 0 ? null : delta / previous };
}
