import type { ApiClient } from './client';
import type { OrderActionResult } from './order-types';
import type {
  ChecklistJudgement,
  ExclusionRequestBody,
  ExclusionRequestResult,
  HungOrderList,
  HungOrdersQuery,
  OrderReviewHistory,
  ReviewDetail,
  ReviewQueueList,
} from './review-types';

/**
 * The review endpoints, as functions over the one `ApiClient` (bearer, refresh, `ApiError`s): kept out of client.ts
 * so the review pages add their calls without touching the shared client.
 */

const enc = encodeURIComponent;

/** `GET /api/review/queue`: replied orders, the earliest review deadline first. */
export function reviewQueue(api: ApiClient, query: { page?: number; pageSize?: number } = {}, signal?: AbortSignal): Promise<ReviewQueueList> {
  const params = new URLSearchParams();
  if (query.page) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  const search = params.toString();
  return api.get<ReviewQueueList>(`/review/queue${search ? `?${search}` : ''}`, { signal });
}

/** `GET /api/review/queue/:id`; 409 `REVIEW_NOT_PENDING` once the order has left 待初审. */
export function reviewDetail(api: ApiClient, id: string, signal?: AbortSignal): Promise<ReviewDetail> {
  return api.get<ReviewDetail>(`/review/queue/${enc(id)}`, { signal });
}

/**
 * 初审通过 / 初审驳回 through the ordinary action endpoint. `version` is the one the reviewer judged, so a change
 * meanwhile is a 409 `ORDER_VERSION_CONFLICT`, not a decision on a reply they did not read.
 */
export function decideReview(
  api: ApiClient,
  id: string,
  decision: 'approve' | 'reject',
  version: number,
  checklist: readonly ChecklistJudgement[],
  comment: string,
): Promise<OrderActionResult> {
  const input: Record<string, unknown> = { checklist };
  if (comment.trim()) input.comment = comment.trim();
  return api.actOnOrder(id, decision, version, input);
}

/** `GET /api/review/orders/:id/history`: rounds, reviews and the order's 剔除申请. */
export function orderReviewHistory(api: ApiClient, id: string, signal?: AbortSignal): Promise<OrderReviewHistory> {
  return api.get<OrderReviewHistory>(`/review/orders/${enc(id)}/history`, { signal });
}

/** `POST /api/orders/:id/exclusion-requests`: a supervisor decides it later. */
export function requestExclusion(api: ApiClient, orderId: string, body: ExclusionRequestBody): Promise<ExclusionRequestResult> {
  return api.post<ExclusionRequestResult>(`/orders/${enc(orderId)}/exclusion-requests`, body);
}

/** `GET /api/hung-orders`, soonest progress date first. */
export function hungOrders(api: ApiClient, query: HungOrdersQuery = {}, signal?: AbortSignal): Promise<HungOrderList> {
  const params = new URLSearchParams();
  if (query.page) params.set('page', String(query.page));
  if (query.pageSize) params.set('pageSize', String(query.pageSize));
  if (query.progressOverdue !== undefined) params.set('progressOverdue', String(query.progressOverdue));
  const search = params.toString();
  return api.get<HungOrderList>(`/hung-orders${search ? `?${search}` : ''}`, { signal });
}
