/** What every benchmark returns: its figures, the baseline measured in the same run, and the ratio between them. */
export interface BenchResult {
  name: string;
  metrics: Record<string, number | string>;
  baseline?: { name: string; metrics: Record<string, number | string> };
  /** Subject time ÷ baseline time (or another ratio the benchmark names in its metrics). */
  ratio?: number;
}
