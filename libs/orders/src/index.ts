export * from './domain/index.js';
export * from './orders.module.js';
export * from './pii/citizen-pii.js';
export * from './sla/clock-alarms.service.js';
export * from './sla/hang-progress-alarms.service.js';
// For the review lib (@app/review): reading orders and appending to their timeline the same way the actions do.
export { OrderQueries } from './use-cases/order-queries.js';
export { OrderRepository, versionConflict, type TimelineRecord } from './persistence/order.repository.js';
export { snapshotOf, type OrderRow } from './persistence/order-row.js';
export { orderActorOf } from './use-cases/act-on-order.use-case.js';
export { roomsForOrder } from './use-cases/order-rooms.js';
export { seesClearPii } from './use-cases/order-views.js';
export { ReviewChecklistSource } from './use-cases/review-checklist-source.js';
export { OrderDetailParts, type OrderDetailPart } from './use-cases/order-detail-parts.js';
// For review's exclusion evidence: the same check-and-link of uploaded files as order actions.
export { AttachmentRefs } from './use-cases/attachment-refs.js';
// For the intake lib (@app/intake): the one intake path, the platform-update path and the hooks intake plugs into.
export { IntakeOrder, IntakeOrderBody, type IntakeOrderInput } from './use-cases/intake-order.use-case.js';
export { IntakeHooks, type IntakeListener, type IntakeSource, type CommunityResolver } from './use-cases/intake-hooks.js';
export { SyncUpstreamOrder } from './use-cases/sync-upstream-order.js';
export { ActOnOrder } from './use-cases/act-on-order.use-case.js';
