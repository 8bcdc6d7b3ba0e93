/**
 * Durations (sign, contact, reply, review) kept as counts in fixed buckets, so daily rollups can be summed and a P90
 * still read from them. Buckets are in minutes and grow geometrically (about 12 % apart), so a percentile read from
 * them is within one bucket's width of the exact value — minutes for a sign, hours for a reply.
 */
export const BUCKET_BOUNDS_MINUTES: readonly number[] = buildBounds();

function buildBounds(): number[] {
  const bounds = [1];
  while (bounds[bounds.length - 1] < 60 * 24 * 60) bounds.push(Math.ceil(bounds[bounds.length - 1] * 1.12));
  return bounds;
}

/** The bucket of a duration: the first whose upper bound is ≥ minutes (the last takes everything longer). */
export function bucketOf(minutes: number): number {
  let lo = 0;
  let hi = BUCKET_BOUNDS_MINUTES.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BUCKET_BOUNDS_MINUTES[mid] >= minutes) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The q-quantile (0.9 for P90) of the durations counted in `histogram` (index → count), as the upper bound of the
 * bucket holding it; null for an empty histogram.
 */
export function quantileOf(histogram: Readonly<Record<number, number>>, q: number): number | null {
  const entries = Object.entries(histogram).map(([b, n]) => [Number(b), n] as const).filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const target = Math.ceil(q * total);
  let seen = 0;
  for (const [bucket, n] of entries) {
    seen += n;
    if (seen >= target) return BUCKET_BOUNDS_MINUTES[bucket];
  }
  return BUCKET_BOUNDS_MINUTES[entries[entries.length - 1][0]];
}
