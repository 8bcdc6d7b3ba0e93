import { AttendanceRecords } from '@app/rostering';
import { LedgerAnchorSource } from './ledger-anchor.source.js';
import { LedgerDutySource } from './ledger-duty.source.js';
import { LedgerFigures } from './ledger-figures.js';
import { LedgerHungSource } from './ledger-hung.source.js';
import { LedgerRowsSource } from './ledger-rows.source.js';
import { LedgerWriter } from './ledger.writer.js';

/**
 * The ledger's providers, for the reports job module. They also need DATA_SOURCE and APP_CONFIG (global),
 * `StatsQueries` and `CoverageReport` (provided by that module) and the audit checkpoint store (AuditAnchorModule).
 */
export const LEDGER_PROVIDERS = [LedgerWriter, LedgerFigures, LedgerRowsSource, LedgerHungSource, LedgerDutySource, LedgerAnchorSource, AttendanceRecords];
