/**
 * Durations (sign, contact, reply, review) kept as counts in buckets, so daily rollups can be summed and a P90 still
 * read from them. Bucket b holds durations in (GROWTH^(b−1), GROWTH^b] minutes; at 12 % apart, a percentile read as
 * its bucket's upper bound is within 12 % of the exact value — minutes for a sign, hours for a reply.
 * The fact builder computes buckets in SQL with `bucketSql`, from the same constant.
 */
export const BUCKET_GROWTH = 1.12;

/** The bucket of a duration in minutes (anything up to one minute is bucket 0). */
export function bucketOf(minutes: number): number {
  return minutes <= 1 ? 0 : Math.ceil(Math.log(minutes) / Math.log(BUCKET_GROWTH) - 1e-9);
}

/** The same bucket in SQL, over a numeric expression of minutes. */
export function bucketSql(minutesExpr: string): string {
  return `CASE WHEN (${minutesExpr}) <= 1 THEN 0 ELSE ceil(ln(${minutesExpr}) / ln(${BUCKET_GROWTH}) - 1e-9)::int END`;
}

/** The largest duration a bucket holds, in minutes (not rounded: small buckets are fractions of a minute apart). */
export function bucketUpperBound(bucket: number): number {
  return BUCKET_GROWTH ** bucket;
}

/**
 * The q-quantile (0.9 for P90) of the durations counted in `histogram` (bucket → count), as the upper bound of the
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
    if (seen >= target) return bucketUpperBound(bucket);
  }
  return bucketUpperBound(entries[entries.length - 1][0]);
}
