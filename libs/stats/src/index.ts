export * from './domain/index.js';
export { StatsJobsModule, StatsModule } from './stats.module.js';
export { StatsQueries } from './query/stats-queries.js';
export { StatsRefresher } from './rollups/stats-refresher.js';
export { StatsVerifier } from './rollups/stats-verifier.js';
export { loadRateConfigs } from './query/rate-configs.js';
export { resolveRequest, StatsQuery, type ResolvedRequest } from './query/stats-request.js';
export { copyOrderPhoneHashes } from './facts/fact-phone-hashes.js';
