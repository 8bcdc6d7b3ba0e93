/** What every benchmark returns: its figures, the baseline measured in the same run, and the ratio between them. */
export interface BenchResult {
  name: string;
  metrics: Record<string, number | string>;
  baseline?: { name: string; metrics: Record<string, number | string> };
  /** Subject time ÷ baseline time (or another ratio the benchmark names in its metrics). */
  ratio?: number;
  /**
   * The figure the issue sets a target for, as the summary table prints it: the headline number, what it is
   * measured against, and whether the target is met. Benchmarks without a target leave it out.
   */
  headline?: BenchHeadline;
}

export interface BenchHeadline {
  /** Short name of the figure, e.g. "intake orders/s, c=8". */
  figure: string;
  /** The figure's value with its unit, e.g. "412 orders/s". */
  value: string;
  /** The baseline's value with its unit, e.g. "1,840 rows/s (raw INSERT, c=8)". */
  baseline: string;
  /** The ratio as the target states it, e.g. "0.22×". */
  ratio: string;
  /** The target in words, e.g. "≥ 0.2× raw INSERTs, p99 < 100 ms, ≤ 3 ms CPU/order". */
  target: string;
  /** Null where the issue sets no target (the figure is measured for the record). */
  met: boolean | null;
}
