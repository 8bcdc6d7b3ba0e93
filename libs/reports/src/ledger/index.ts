export { LedgerWriter, LEDGER_SHEETS, type LedgerSummary } from './ledger.writer.js';
export { LEDGER_PROVIDERS } from './ledger.providers.js';
export { LedgerFigures, type LedgerStats } from './ledger-figures.js';
export { LedgerRowsSource } from './ledger-rows.source.js';
export { LedgerHungSource, type HungOrder } from './ledger-hung.source.js';
export { LedgerDutySource, type DutyFigures } from './ledger-duty.source.js';
export { LedgerAnchorSource } from './ledger-anchor.source.js';
export { safeCell, type CellValue } from './safe-cell.js';

