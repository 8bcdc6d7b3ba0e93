import type { Block, ChartBlock, ChartSpec, TableBlock, TableColumn } from '../../../domain/report-document.js';
import type { AnalysisFigures } from '../analysis-figures.js';

/** One numbered section of the analysis report: its title (without the number) and its content from the figures. */
export interface AnalysisSection {
  title: string;
  build(figures: AnalysisFigures): Block[];
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const bullets = (items: string[]): Block => ({ kind: 'bullets', items });
export const subheading = (text: string): Block => ({ kind: 'heading', level: 2, text });

export function table(caption: string, columns: TableColumn[], rows: TableBlock['rows'], totals?: TableBlock['totals']): Block {
  return { kind: 'table', caption, columns, rows, ...(totals ? { totals } : {}) };
}

export function chart(title: string, spec: ChartSpec, caption?: string): ChartBlock {
  return { kind: 'chart', title, chart: spec, ...(caption ? { caption } : {}) };
}

/** A one-series line, bar or horizontal-bar chart from labelled values (categories and values stay paired). */
export function seriesChart(
  type: 'line' | 'bar' | 'hbar',
  title: string,
  name: string,
  items: readonly { label: string; value: number }[],
  options: { percent?: boolean; caption?: string } = {},
): ChartBlock {
  const spec: ChartSpec = {
    type,
    categories: items.map((i) => i.label),
    series: [{ name, values: items.map((i) => i.value) }],
    ...(options.percent ? { percent: true } : {}),
  };
  return chart(title, spec, options.caption);
}

/** The first `n` of a list the API already ordered. */
export const top = <T>(items: readonly T[], n: number): T[] => items.slice(0, n);
