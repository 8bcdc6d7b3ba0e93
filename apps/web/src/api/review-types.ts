/**
 * Shapes of the review api (libs/review/src/api/*.controller.ts and the queries behind them): the 初审 queue and
 * screen, screening findings, rounds, 剔除申请 and the 挂账 list. Kept apart from order-types.ts so the review pages
 * own their vocabulary; the order inside a review screen is the ordinary order detail.
 */
import type { ChecklistVerdict } from '@app/orders/domain/review-checklist';
import type { OrderType, Urgency } from '@app/orders/domain/order-status';
import type { OrderDetail, OrderReply, SubReply } from './order-types';

/** `GET /api/review/queue` items (libs/review/src/queue/review-queue.query.ts), the most urgent review first. */
export interface ReviewQueueItem {
  id: string;
  upstreamNo: string | null;
  type: OrderType;
  urgency: Urgency;
  category: string | null;
  leadUnitId: string | null;
  leadUnitName: string | null;
  reworkCount: number;
  version: number;
  repliedAt: string | null;
  /** The review clock's due time; null when no review clock runs. */
  reviewDueAt: string | null;
  reviewOverdue: boolean | null;
  /** The review clock was counted Monday–Friday: its year's holiday schedule is not loaded (DESIGN §14). */
  reviewDueProvisional: boolean | null;
  /** Null until the reply is first opened for review (screening runs then). */
  findingCount: number | null;
}

export interface ReviewQueueList {
  items: ReviewQueueItem[];
  total: number;
  page: number;
  pageSize: number;
}

import type { ScreeningFinding } from '@app/review/domain/screening-finding';
export type { ScreeningFinding, ScreeningRule } from '@app/review/domain/screening-finding';

export interface StoredScreening {
  replyAt: string;
  screenedAt: string;
  findings: ScreeningFinding[];
}

/** A checklist item as the reviewer first sees it: pre-failed when screening found something, otherwise undecided. */
export interface SuggestedVerdict {
  item: string;
  label: string;
  /** 不适用 may be chosen for this item (the admin's setting); otherwise only 通过 / 不通过. */
  naAllowed: boolean;
  verdict: 'fail' | null;
  findings: ScreeningFinding[];
}

export interface ReviewRecord {
  round: number;
  attempt: number;
  unitId: string | null;
  reviewedAt: string;
  verdict: 'approved' | 'rejected';
  checklist: { item: string; verdict: ChecklistVerdict }[];
  failedItems: string[];
  comment: string | null;
}

export interface ReviewRound {
  round: number;
  startedAt: string;
  reopenReason: string | null;
  reviews: ReviewRecord[];
}

/** `GET /api/review/queue/:id`: everything needed to judge one reply on one screen. */
export interface ReviewDetail {
  order: OrderDetail;
  reply: OrderReply | null;
  subReplies: SubReply[];
  screening: StoredScreening | null;
  checklist: SuggestedVerdict[];
  rounds: ReviewRound[];
}

/** One judged item of `POST /api/orders/:id/actions/approve|reject`. */
export interface ChecklistJudgement {
  item: string;
  verdict: ChecklistVerdict;
}

// ── 剔除申请 (libs/review/src/exclusions/exclusions.service.ts) ────────────────────────────────────────────────

export interface ExclusionRequestBody {
  reason: string;
  evidenceIds: string[];
}

export interface ExclusionRequestResult {
  id: string;
  status: 'pending';
}

export type ExclusionStatus = 'pending' | 'approved' | 'refused';

export interface ExclusionRecord {
  id: string;
  reason: string;
  evidenceIds: string[];
  status: ExclusionStatus;
  requestedAt: string;
  decidedAt: string | null;
  decisionComment: string | null;
}

/** `GET /api/review/orders/:id/history` — only the parts the web shows. */
export interface OrderReviewHistory {
  orderId: string;
  currentRound: number;
  exclusions: ExclusionRecord[];
}

// ── 挂账 (libs/review/src/hang/hung-orders.query.ts) ──────────────────────────────────────────────────────────

export interface HungOrderItem {
  id: string;
  upstreamNo: string | null;
  category: string | null;
  address: string;
  leadUnitId: string | null;
  leadUnitName: string | null;
  plan: string;
  note: string | null;
  since: string;
  nextProgressAt: string;
  responsibleUnitId: string | null;
  responsibleUnitName: string | null;
  /** The next progress date has passed without a new report. */
  progressOverdue: boolean;
  lastAlarmAt: string | null;
  version: number;
}

export interface HungOrderList {
  items: HungOrderItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface HungOrdersQuery {
  page?: number;
  pageSize?: number;
  /** true: only those past their progress date; false: only those not; absent: all. */
  progressOverdue?: boolean;
}
