import type { Role } from '@app/access';
import type { AssessmentScope, Channel, OrderStatus, OrderType, UnitKind, Urgency } from './order-status.js';
import type { ReviewChecklistItemDef } from './review-checklist.js';

/**
 * What the lifecycle rules read of an order: the persisted order maps onto this, and a decision answers with
 * `OrderChanges` to write back. Personal data, content and attachments are not here: no rule needs them.
 */
export interface OrderSnapshot {
  readonly id: string;
  /** Optimistic-lock version; the use case compares it (ORDER_VERSION_CONFLICT), the domain does not bump it. */
  readonly version: number;
  readonly status: OrderStatus;
  /** 主动发现 (proactive) orders have no citizen: no contact clock runs for them. */
  readonly channel: Channel;
  readonly type: OrderType;
  readonly urgency: Urgency;
  /** Three-level category joined by '/', e.g. '城乡建设/物业管理/物业服务'; null while unclassified. */
  readonly categoryPath: string | null;
  readonly communityId: string | null;
  /** 主办单位: answerable for the reply (Art. 14 首接负责). Null before dispatch and after the unit is released. */
  readonly leadUnitId: string | null;
  readonly leadUnitKind: UnitKind | null;
  /** 协办单位: contribute sub-replies, merged into the lead's reply. */
  readonly coUnitIds: readonly string[];
  /** Units that held the order before; their staff keep read access (DESIGN §1). */
  readonly formerUnitIds: readonly string[];
  /** Units (lead or co) that confirmed receipt of the current dispatch. */
  readonly acknowledgedUnitIds: readonly string[];
  /** 办理时限 written by the platform (Art. 13); null when the platform gave none. */
  readonly upstreamDueAt: Date | null;
  /** The unit's current reply due time, as computed by the deadline calendar; read-only here. */
  readonly unitDueAt: Date | null;
  /** 挂账: set only while dispatched; the order stays open and visible. */
  readonly hang: HangPlan | null;
  readonly pendingExtension: ExtensionRequest | null;
  /** Co-units' contributions to the current round of handling, at most one per unit (the latest). */
  readonly subReplies: readonly SubReply[];
  readonly closedAt: Date | null;
  /** Reviewer rejections plus platform reopenings (返工). */
  readonly reworkCount: number;
  readonly urgeCount: number;
  /** The master this order was merged into. */
  readonly duplicateOfId: string | null;
  readonly assessment: AssessmentScope;
}

export interface HangPlan {
  readonly plan: string;
  readonly nextProgressAt: Date;
  readonly since: Date;
  readonly byId: string;
  /** The unit answerable for the plan's progress (挂账责任单位); the lead unit when not named. */
  readonly responsibleUnitId?: string | null;
  /** The latest progress note (进展情况); earlier ones stay on the timeline. */
  readonly note?: string | null;
}

export interface ExtensionRequest {
  readonly unitId: string;
  readonly requestedById: string;
  readonly requestedAt: Date;
  readonly newDueAt: Date;
  readonly reason: string;
  /** The requested time lies past the platform's limit: approval needs the platform's consent first (Art. 15). */
  readonly beyondUpstreamLimit: boolean;
}

export interface SubReply {
  readonly unitId: string;
  readonly byId: string;
  readonly at: Date;
  readonly content: string;
  readonly attachmentIds: readonly string[];
}

/**
 * The fields a decision may change. Identity and intake data (type, community) are not lifecycle; the category is
 * corrected by its own action (reclassify).
 */
export type OrderChanges = Partial<
  Pick<
    OrderSnapshot,
    | 'status'
    | 'categoryPath'
    | 'leadUnitId'
    | 'leadUnitKind'
    | 'coUnitIds'
    | 'formerUnitIds'
    | 'acknowledgedUnitIds'
    | 'upstreamDueAt'
    | 'hang'
    | 'pendingExtension'
    | 'subReplies'
    | 'closedAt'
    | 'reworkCount'
    | 'urgeCount'
    | 'duplicateOfId'
    | 'assessment'
  >
>;

/**
 * Who acts. `unitId` is set for unit staff (承办人) only. `mayDispatch` says whether the operator's current shift
 * grants dispatch (DESIGN §1); the caller derives it from the roster, and an operator without it may not dispatch.
 */
export interface OrderActor {
  readonly id: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly mayDispatch?: boolean;
}

/** Street-wide reference data some rules need; supplied by the use case. */
export interface DecisionContext {
  /**
   * Category prefixes a residents' committee may lead (Art. 17). Missing means empty: a community can then lead
   * nothing, so forgetting to pass the list fails closed.
   */
  readonly communityDutyCategories: readonly string[];
  /**
   * The street's active review checklist (admin-editable, DESIGN §6). Missing means the defaults of
   * `review-checklist.ts`, so the pure rules and their tests need no database.
   */
  readonly reviewChecklist?: readonly ReviewChecklistItemDef[];
}

export const EMPTY_DECISION_CONTEXT: DecisionContext = { communityDutyCategories: [] };

/** The snapshot after `changes` are written: what the next decision will see. */
export function applyChanges(order: OrderSnapshot, changes: OrderChanges): OrderSnapshot {
  return { ...order, ...changes };
}
