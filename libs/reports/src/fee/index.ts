import { CoverageReport } from '@app/rostering';
import { FeeConfirmationBuilder } from './fee-confirmation.builder.js';
import { FeeEvidenceReader } from './fee-evidence.reader.js';
import { ServiceContractReader } from './service-contract.reader.js';

export { FeeConfirmationBuilder } from './fee-confirmation.builder.js';
export { FeeEvidenceReader, type CoverageMonth, type FeeEvidence } from './fee-evidence.reader.js';
export { ServiceContractReader } from './service-contract.reader.js';
export { feeConfirmationDocument, type FeeConfirmationInput } from './fee-confirmation.document.js';

/**
 * The providers of the fee confirmation, for the reports module. `CoverageReport` (stateless: the data source and
 * the clock) is listed so the module needs no import of rostering; the module must still provide `StatsQueries`.
 */
export const FEE_PROVIDERS = [CoverageReport, ServiceContractReader, FeeEvidenceReader, FeeConfirmationBuilder];
