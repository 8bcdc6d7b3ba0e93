import type { CategoryProfile } from './category-profile.js';
import type { DispatchTarget } from './dispatch-routing.js';
import type { DemoChannel, DemoOrderState, DemoOrderType, DemoStep, DemoUrgency } from './demo-order-plan.js';
import type { Rng } from './prng.js';
import { addMinutes, laterOf } from './shanghai-time.js';

/** Everything the lifecycle script of one order needs to know. */
export interface OrderScriptContext {
  rng: Rng;
  profile: CategoryProfile;
  receivedAt: Date;
  type: DemoOrderType;
  urgency: DemoUrgency;
  channel: DemoChannel;
  upstreamDueAt: Date;
  /** Lead and co-units of the first dispatch (the routing rule, plus the community assisting where useful). */
  target: DispatchTarget;
  /** Where a redispatch goes, or null when no other unit fits. */
  alternateUnitCode: string | null;
  unitName: (code: string) => string;
  /** Set for a repeat call about an earlier order: the desk merges it if the master can still take it. */
  master: { upstreamNo: string; stateAt: (at: Date) => DemoOrderState } | null;
}

/** Collects steps in time order: a step is never earlier than one minute after the step before it. */
export class ScriptBuilder {
  readonly steps: DemoStep[] = [];
  private last: Date;

  constructor(start: Date) {
    this.last = start;
  }

  get now(): Date {
    return this.last;
  }

  add(step: DemoStep): DemoStep {
    step.at = laterOf(step.at, addMinutes(this.last, 1));
    this.last = step.at;
    this.steps.push(step);
    return step;
  }
}
