import type {
  ActionInputs, AssessmentScope, Channel, OrderAction, OrderStatus, OrderType, Urgency,
} from '@app/orders';

/**
 * What the demo generator produces: an order's intake fields (DESIGN §2) and the scripted lifecycle that seeding
 * replays through the real state machine (`decide` of `@app/orders`, DESIGN §3), step by step, at each step's `at`.
 * Payloads are the actions' real inputs, except that units and the merge master are named by code / upstream number
 * (seeding resolves them to ids) and files are left out.
 */

export type DemoChannel = Channel;
export type DemoOrderType = OrderType;
export type DemoUrgency = Urgency;
export type DemoAssessment = AssessmentScope;
export type DemoOrderState = OrderStatus;
export type DemoAction = OrderAction;

/** The roles of DESIGN §1 that act on orders. */
export type DemoActorRole = 'operator' | 'supervisor' | 'reviewer' | 'unit';

type Input<A extends OrderAction> = ActionInputs[A];

interface StepBase<A extends OrderAction, P> {
  action: A;
  at: Date;
  actorRole: DemoActorRole;
  payload: P;
}

/**
 * `unitCode`: the unit that acts (unit steps), that receives the order (dispatch, redispatch), that gets it back
 * (reopen), or whose request is decided (extend_decide). Unit staff act for this unit.
 */
interface UnitStepBase<A extends OrderAction, P> extends StepBase<A, P> {
  unitCode: string;
}

export type DemoStep =
  | StepBase<'sign', Input<'sign'>>
  | StepBase<'merge', Omit<Input<'merge'>, 'master'> & { masterUpstreamNo: string }>
  | StepBase<'answer', Input<'answer'>>
  | (UnitStepBase<'dispatch', Omit<Input<'dispatch'>, 'leadUnit' | 'coUnits'>> & { coUnitCodes: string[] })
  | UnitStepBase<'acknowledge', Input<'acknowledge'>>
  | UnitStepBase<'contact', Input<'contact'>>
  | (UnitStepBase<'redispatch', Omit<Input<'redispatch'>, 'leadUnit' | 'coUnits'>> & { coUnitCodes: string[] })
  | UnitStepBase<'unit_return', Input<'unit_return'>>
  | UnitStepBase<'urge', Input<'urge'>>
  | UnitStepBase<'extend_request', Input<'extend_request'>>
  | UnitStepBase<'extend_decide', Input<'extend_decide'>>
  /** A co-unit's contribution; `unitCode` is the co-unit. */
  | UnitStepBase<'sub_reply', Omit<Input<'sub_reply'>, 'unitId'>>
  | UnitStepBase<'reply', Input<'reply'>>
  | StepBase<'approve', Input<'approve'>>
  | StepBase<'reject', Input<'reject'>>
  | StepBase<'request_return', Input<'request_return'>>
  | StepBase<'return_decided', Input<'return_decided'>>
  | StepBase<'callback', Input<'callback'>>
  | UnitStepBase<'reopen', Input<'reopen'>>
  | StepBase<'hang', Input<'hang'>>
  | StepBase<'unhang', Input<'unhang'>>;

export interface DemoCategoryRef {
  /** '城乡建设/物业管理/物业服务' */
  path: string;
  levels: [string, string, string];
}

export interface DemoOrderPlan {
  /** 工单编号: 'BJ' + Shanghai date + 4-digit daily sequence (< 1000); null for the desk's own 主动发现 cases. */
  upstreamNo: string | null;
  channel: DemoChannel;
  receivedAt: Date;
  /** null only for proactive cases, which have no caller. */
  citizenName: string | null;
  citizenPhone: string | null;
  address: string;
  communityCode: string;
  type: DemoOrderType;
  category: DemoCategoryRef;
  urgency: DemoUrgency;
  content: string;
  /** 办理时限 as the platform writes it (for proactive cases, the desk's own limit). */
  upstreamDueAt: Date;
  assessment: DemoAssessment;
  tags: string[];
  /** Lifecycle up to the generator's `to` instant, in time order; the first step is at or after receivedAt. */
  steps: DemoStep[];
  /** The state the steps lead to (replayed by the generator as a self-check). */
  finalState: DemoOrderState;
}
