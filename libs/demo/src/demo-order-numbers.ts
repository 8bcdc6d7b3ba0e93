import { beijingDay, formatLocalNo } from '@app/orders';
import type { DemoOrderPlan } from './demo-order-plan.js';

/**
 * The desk's own numbers for demo orders the platform gave none, as manual intake would have drawn them: per
 * Beijing day of receipt, in order of receipt. `lastByDay` is what the day counters must hold afterwards, so the
 * next order entered by hand continues the sequence instead of colliding with a demo number.
 */
export function demoLocalNumbers(plans: readonly DemoOrderPlan[], prefix: string): { numbers: Map<DemoOrderPlan, string>; lastByDay: Map<string, number> } {
  const numbers = new Map<DemoOrderPlan, string>();
  const lastByDay = new Map<string, number>();
  const unnumbered = plans.filter((p) => !p.upstreamNo).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  for (const plan of unnumbered) {
    const day = beijingDay(plan.receivedAt);
    const n = (lastByDay.get(day) ?? 0) + 1;
    lastByDay.set(day, n);
    numbers.set(plan, formatLocalNo(prefix, day, n));
  }
  return { numbers, lastByDay };
}
