export { ReportsJobsModule, ReportsModule } from './reports.module.js';
export * from './domain/report-kind.js';
export type { ReportDocument } from './domain/report-document.js';
export { toChineseCapitals } from './domain/chinese-capitals.js';
