/**
 * A report as content, independent of its file format: the analysis report (民意分析报告) and the fee confirmation
 * (费用确认单) are built as a `ReportDocument` from `libs/stats` and the contract, then rendered to .docx and PDF by
 * the renderers in `analysis/render`. Builders never touch a file format; renderers never compute a number.
 */
export interface ReportDocument {
  /** e.g. 陶然亭街道 2026年11月 12345 市民热线民意分析报告 */
  title: string;
  subtitle?: string;
  /** Key/value lines under the title: 统计周期, 编制单位, 生成时间 … */
  meta: { label: string; value: string }[];
  blocks: Block[];
  /** Lines printed at the end, e.g. signature lines of a confirmation (甲方（盖章）：…). */
  footer?: string[];
}

export type Block = HeadingBlock | ParagraphBlock | BulletsBlock | TableBlock | ChartBlock;

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export interface BulletsBlock {
  kind: 'bullets';
  items: string[];
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  columns: TableColumn[];
  rows: (string | number | null)[][];
  /** A last row set in bold (合计). */
  totals?: (string | number | null)[];
}

export interface TableColumn {
  title: string;
  /** Numbers right-aligned; `percent` values are fractions (0.953 → 95.3%), `money` in yuan with two decimals. */
  format?: 'text' | 'integer' | 'decimal1' | 'percent' | 'money';
  /** Relative width (default 1). */
  width?: number;
}

/** A chart the renderer draws on the server (ECharts SSR → SVG → PNG with the embedded CJK font). */
export interface ChartBlock {
  kind: 'chart';
  title: string;
  chart: ChartSpec;
  /** One sentence under the chart saying what it shows. */
  caption?: string;
}

export type ChartSpec =
  | { type: 'line' | 'bar'; categories: string[]; series: { name: string; values: number[] }[]; percent?: boolean }
  /** Horizontal bars, longest first: rankings and top lists. */
  | { type: 'hbar'; categories: string[]; series: { name: string; values: number[] }[]; percent?: boolean }
  | { type: 'pie'; slices: { name: string; value: number }[] };
