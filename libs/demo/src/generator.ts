export * from './demo-order-plan.js';
export { demoPeriodStart, generateDemoOrders, type GenerateDemoOrdersOptions } from './generate-demo-orders.js';
export { demoStepsInTimeOrder, type ScheduledDemoStep } from './demo-step-order.js';
export {
  resolveDispatchTarget, isOnCommunityDutyList, communityUnitCode, isCategoryPrefix, COMMUNITY_UNIT_PLACEHOLDER,
  type DispatchTarget,
} from './dispatch-routing.js';
export { replayDemoSteps, DemoLifecycleError, DEMO_TRANSITIONS } from './lifecycle-replay.js';
export { isHeatingSeason, isFirstHeatingWeek } from './seasonality.js';
export { Rng, mulberry32, deriveSeed } from './prng.js';
export { unitDueAt as demoUnitDueAt } from './lifecycle-timing.js';
