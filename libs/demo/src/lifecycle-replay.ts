import type { DemoAction, DemoActorRole, DemoOrderState, DemoStep } from './demo-order-plan.js';

/**
 * A light transcription of the DESIGN §3 table (states and roles only), so the generator can compute each plan's
 * final state without depending on the orders lib at run time. The product's state machine is `@app/orders`;
 * a spec replays every demo plan through its `decide`, which catches any drift between the two.
 */
interface DemoTransition {
  from: readonly DemoOrderState[];
  /** null: the state does not change (acknowledge, urge, extension, hang flags). */
  to: DemoOrderState | null;
  roles: readonly DemoActorRole[];
}

const OPEN_FOR_DISPATCH: readonly DemoOrderState[] = ['dispatched'];

export const DEMO_TRANSITIONS: Readonly<Record<DemoAction, DemoTransition>> = {
  sign: { from: ['new'], to: 'signed', roles: ['operator', 'supervisor'] },
  merge: { from: ['new', 'signed'], to: 'merged', roles: ['operator', 'supervisor'] },
  answer: { from: ['signed'], to: 'replied', roles: ['operator'] },
  dispatch: { from: ['signed'], to: 'dispatched', roles: ['supervisor', 'operator'] },
  acknowledge: { from: OPEN_FOR_DISPATCH, to: null, roles: ['unit'] },
  contact: { from: OPEN_FOR_DISPATCH, to: null, roles: ['unit', 'operator'] },
  redispatch: { from: OPEN_FOR_DISPATCH, to: null, roles: ['supervisor'] },
  unit_return: { from: OPEN_FOR_DISPATCH, to: 'signed', roles: ['unit'] },
  urge: { from: OPEN_FOR_DISPATCH, to: null, roles: ['supervisor'] },
  extend_request: { from: OPEN_FOR_DISPATCH, to: null, roles: ['unit'] },
  extend_decide: { from: OPEN_FOR_DISPATCH, to: null, roles: ['supervisor'] },
  sub_reply: { from: OPEN_FOR_DISPATCH, to: null, roles: ['unit', 'operator'] },
  reply: { from: OPEN_FOR_DISPATCH, to: 'replied', roles: ['unit', 'operator'] },
  approve: { from: ['replied'], to: 'closed', roles: ['reviewer'] },
  reject: { from: ['replied'], to: 'dispatched', roles: ['reviewer'] },
  request_return: { from: ['signed', 'dispatched'], to: 'return_pending', roles: ['supervisor'] },
  return_decided: { from: ['return_pending'], to: null, roles: ['supervisor'] },
  callback: { from: ['closed'], to: 'visited', roles: ['reviewer'] },
  reopen: { from: ['closed', 'visited'], to: 'dispatched', roles: ['supervisor'] },
  hang: { from: OPEN_FOR_DISPATCH, to: null, roles: ['supervisor'] },
  unhang: { from: OPEN_FOR_DISPATCH, to: null, roles: ['supervisor'] },
  reclassify: { from: ['new', 'signed', 'dispatched', 'replied', 'return_pending'], to: null, roles: ['operator', 'supervisor'] },
};

export class DemoLifecycleError extends Error {}

/** Replays steps from `new` and returns the final state; throws on the first step DESIGN §3 does not allow. */
export function replayDemoSteps(steps: readonly DemoStep[]): DemoOrderState {
  let state: DemoOrderState = 'new';
  let hung = false;
  let previous = -Infinity;
  for (const [index, step] of steps.entries()) {
    const rule = DEMO_TRANSITIONS[step.action];
    const where = `step ${index} (${step.action})`;
    if (!rule.from.includes(state)) throw new DemoLifecycleError(`${where}: not allowed in state ${state}`);
    if (!rule.roles.includes(step.actorRole)) throw new DemoLifecycleError(`${where}: not allowed for ${step.actorRole}`);
    if (step.at.getTime() < previous) throw new DemoLifecycleError(`${where}: earlier than the step before`);
    previous = step.at.getTime();
    if (step.action === 'hang' || step.action === 'unhang') {
      if (hung === (step.action === 'hang')) throw new DemoLifecycleError(`${where}: hang flag already ${hung}`);
      hung = step.action === 'hang';
    }
    state = step.action === 'return_decided' ? (step.payload.accepted ? 'returned' : 'signed') : (rule.to ?? state);
    // 挂账 belongs to the handling phase: leaving `dispatched` ends it.
    if (state !== 'dispatched') hung = false;
  }
  return state;
}
