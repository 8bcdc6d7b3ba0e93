import type { DemoOrderPlan, DemoStep } from './demo-order-plan.js';

export interface ScheduledDemoStep {
  plan: DemoOrderPlan;
  step: DemoStep;
  /** Position of the step in its plan. */
  index: number;
}

/**
 * Every step of every plan in global time order (ties: the earlier-received order first, then step order).
 * Seeding should replay in this order with the clock set to each step's `at`: rules that look at other orders —
 * a merge needs its master open or closed < 30 days — then see the street as it was at that moment.
 */
export function demoStepsInTimeOrder(plans: readonly DemoOrderPlan[]): ScheduledDemoStep[] {
  const rank = new Map(plans.map((plan, i) => [plan, i]));
  return plans
    .flatMap((plan) => plan.steps.map((step, index) => ({ plan, step, index })))
    .sort((a, b) =>
      a.step.at.getTime() - b.step.at.getTime() || rank.get(a.plan)! - rank.get(b.plan)! || a.index - b.index);
}
