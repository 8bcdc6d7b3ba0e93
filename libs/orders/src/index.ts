export * from './domain/index.js';
export * from './orders.module.js';
export * from './pii/citizen-pii.js';
// For `npm run pii:rotate` (libs/system): moving the orders' personal data to a new PII_KEY, a batch at a time.
export { rotateOrderPiiBatch, type OrderPiiBatch, type UnreadablePii } from './pii/rotate-order-pii.js';
export * from './sla/clock-alarms.service.js';
export * from './sla/hang-progress-alarms.service.js';
// For other libs: reading orders. Changes go through OrderWriter; the repository stays inside (one door).
export { OrderQueries } from './use-cases/order-queries.js';
export { versionConflict } from './persistence/order.repository.js';
export { type OrderRow } from './persistence/order-row.js';
export { orderActorOf } from './use-cases/order-actors.js';
// The one door for changing an order from other modules (exclusions, classification corrections).
export { OrderWriter, isRowInScope, type OrderChange, type OrderFieldChanges } from './writer/order-writer.js';
// The read port other modules ask (handovers; statistics next).
export { OrderReads, OrderReadsModule } from './reads/order-reads.js';
export { seesClearPii, type FreeTextOwner } from './use-cases/order-views.js';
export { ReviewChecklistSource } from './use-cases/review-checklist-source.js';
export { OrderDetailParts, type OrderDetailPart } from './use-cases/order-detail-parts.js';
// For review's exclusion evidence: the same check-and-link of uploaded files as order actions.
export { AttachmentRefs } from './use-cases/attachment-refs.js';
// For the intake lib (@app/intake): the one intake path, the platform-update path and the hooks intake plugs into.
export { IntakeOrder, IntakeOrderBody, type IntakeOrderInput } from './use-cases/intake-order.use-case.js';
export { IntakeOrderBatch, type IntakeOutcome } from './use-cases/intake-order-batch.use-case.js';
export { IntakeHooks, type IntakeDraft, type IntakeListener, type IntakeSource, type IntakeWrites, type CommunityResolver } from './use-cases/intake-hooks.js';
export { SyncUpstreamOrder } from './use-cases/sync-upstream-order.js';
// For the demo seeder's bulk path: the same order numbers manual intake draws.
export { beijingDay, formatLocalNo } from './persistence/local-order-numbers.js';
// For intake's replies export and review's metrics: the outbox and the per-unit counters, read through orders.
export { ReplyExports, type ExportedReply } from './outbox/reply-exports.js';
export { UnitCounters } from './outbox/unit-counters.js';
export { backfillOutboxHistory } from './outbox/history-backfill.js';
// The platform link's signing scheme, shared with intake's verifier.
export { SIGNATURE_HEADER, TIMESTAMP_HEADER, signPlatformRequest } from './outbox/platform-signature.js';
export { ActOnOrder } from './use-cases/act-on-order.use-case.js';
export { verifyOrderReplay, type OrderReplayVerdict } from './verify/order-replay-check.js';
