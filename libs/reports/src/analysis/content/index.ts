import { AnalysisReportBuilder } from './analysis-report.builder.js';
import { TypicalCasesSource } from './typical-cases.source.js';

export { AnalysisReportBuilder } from './analysis-report.builder.js';
export { analysisDocument } from './analysis-document.js';
export { TypicalCasesSource, type TypicalCaseHints } from './typical-cases.source.js';
export { readStatsFigures, type AnalysisFigures, type StatsFigures } from './analysis-figures.js';
export { ANALYSIS_SECTIONS, type AnalysisSection } from './sections/index.js';
export { coarseAddress } from './text-shaping.js';
export * from './phrasing.js';
export type { TypicalCase, TypicalCaseKind } from './typical-case.js';

/** For the reports module: the builder and what it needs beyond `StatsModule` and the database. */
export const ANALYSIS_CONTENT_PROVIDERS = [AnalysisReportBuilder, TypicalCasesSource];
