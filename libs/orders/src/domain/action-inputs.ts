import type { OrderAction } from './order-actions.js';
import type {
  AssessmentScope,
  ContactMethod,
  OrderStatus,
  ReplyResult,
  ReturnReason,
  Satisfaction,
  UnitKind,
  UnitReturnReason,
} from './order-status.js';
import type { ChecklistEntry } from './review-checklist.js';

/**
 * The validated input of each action: the client's body, enriched by the use case with what it looked up
 * (the chosen units' kinds, the merge master's state). `parseActionInput` builds these from untrusted data.
 */
export interface ActionInputs {
  sign: { note?: string };
  merge: { master: MergeMasterRef; note?: string };
  answer: { content: string; result: ReplyResult };
  dispatch: { leadUnit: UnitRef; coUnits: UnitRef[]; instructions?: string };
  acknowledge: { note?: string };
  contact: ContactInput;
  redispatch: { leadUnit: UnitRef; coUnits: UnitRef[]; reason: string };
  unit_return: { reason: UnitReturnReason; text: string };
  urge: { comment?: string };
  extend_request: { newDueAt: Date; reason: string };
  extend_decide: ExtensionDecisionInput;
  /** `unitId` names the co-unit when desk staff enter a sub-reply on its behalf; unit staff may omit it. */
  sub_reply: { unitId?: string; content: string; attachmentIds: string[] };
  reply: ReplyInput;
  approve: { checklist: ChecklistEntry[]; comment?: string };
  reject: { checklist: ChecklistEntry[]; comment: string };
  request_return: { reason: ReturnReason; text: string; evidenceIds: string[] };
  /** The platform's decision on a return request: accepted → returned, refused → back to 待派单. */
  return_decided: { accepted: boolean; comment?: string };
  callback: CallbackInput;
  /** The platform sent the order back; it may set a new limit. */
  reopen: { reason: string; newUpstreamDueAt?: Date };
  /** Hanging a hung order again is a progress report: new date, optional note, possibly a new responsible unit. */
  hang: { plan: string; nextProgressAt: Date; responsibleUnitId?: string; note?: string };
  unhang: { comment?: string };
  /** The desk corrects the three-level category (问题分类) while the order is open; `category` is a leaf path. */
  reclassify: { category: string; reason: string };
}

export type ActionInput<A extends OrderAction> = ActionInputs[A];

/** A handling unit as the use case resolved it from reference data. */
export interface UnitRef {
  id: string;
  kind: UnitKind;
}

/** The order a duplicate is merged into, as loaded by the use case. */
export interface MergeMasterRef {
  id: string;
  status: OrderStatus;
  closedAt: Date | null;
}

export interface ExtensionDecisionInput {
  approved: boolean;
  /** The granted due time; defaults to the requested one. */
  dueAt?: Date;
  /** The platform consented to a time past its limit (Art. 15); then `newUpstreamDueAt` is its new limit. */
  upstreamApproved?: boolean;
  newUpstreamDueAt?: Date;
  comment?: string;
}

/**
 * 联系市民: the lead unit (or the desk on its behalf) reached — or tried to reach — the citizen. The first contact
 * stops the contact clock (DESIGN §4); later ones are kept on the timeline.
 */
export interface ContactInput {
  contactedAt: Date;
  method: ContactMethod;
  /** Who made the contact (the handler's name), as the unit reports it. */
  contactedBy: string;
  summary: string;
}

export interface ReplyInput {
  content: string;
  contacted: boolean;
  /** Required when `contacted`. */
  contactedAt?: Date;
  contactMethod?: ContactMethod;
  result: ReplyResult;
  attachmentIds: string[];
}

export interface CallbackInput {
  contacted: boolean;
  /** Asked only when the citizen was reached. */
  solved?: boolean;
  satisfaction?: Satisfaction;
  /** 有效回访: counts towards the three rates (DESIGN §8). */
  valid: boolean;
  /**
   * Which rates the order counts in (DESIGN §8); absent keeps the order's scope. `excluded` is not set here: it
   * takes an exclusion request decided by a supervisor.
   */
  assessment?: Exclude<AssessmentScope, 'excluded'>;
  note?: string;
}
