import {
  ASSESSMENT_SCOPE_LABELS, CHANNEL_LABELS, ORDER_STATUS_LABELS, ORDER_TYPE_LABELS, REPLY_RESULT_LABELS, RETURN_REASON_LABELS,
  SATISFACTION_LABELS, UNIT_RETURN_REASON_LABELS, URGENCY_LABELS,
} from '@app/orders';

/** Codes as the desk's people read them; an unknown code shows as itself rather than vanishing. */
const labelOf = (labels: Readonly<Record<string, string>>) => (code: string | null | undefined): string => (code ? (labels[code] ?? code) : '');

export const channelLabel = labelOf(CHANNEL_LABELS);
export const typeLabel = labelOf(ORDER_TYPE_LABELS);
export const urgencyLabel = labelOf(URGENCY_LABELS);
export const statusLabel = labelOf(ORDER_STATUS_LABELS);
export const replyResultLabel = labelOf(REPLY_RESULT_LABELS);
export const satisfactionLabel = labelOf(SATISFACTION_LABELS);
export const assessmentLabel = labelOf(ASSESSMENT_SCOPE_LABELS);
export const unitReturnReasonLabel = labelOf(UNIT_RETURN_REASON_LABELS);
export const returnReasonLabel = labelOf(RETURN_REASON_LABELS);

export const yesNo = (v: boolean | null | undefined): string => (v === null || v === undefined ? '' : v ? '是' : '否');

/** 城乡建设/物业管理/物业服务 → 城乡建设 › 物业管理 › 物业服务 (as the 统计 page writes it). */
export const categoryLabel = (path: string | null): string => (path ? path.split('/').join(' › ') : '（未分类）');

/** A summary cut to `chars` characters (the detail is a ledger, not the case file). */
export const summary = (text: string | null | undefined, chars: number): string => {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > chars ? `${[...flat].slice(0, chars).join('')}…` : flat;
};

/** Rank movement against the previous period: ↑2, ↓1, 持平, 新上榜 (no rank before), — (no rank now). */
export function rankChangeLabel(rank: number | null, previousRank: number | null, change: number | null): string {
  if (rank === null) return '—';
  if (previousRank === null) return '新上榜';
  if (change === null || change === 0) return '持平';
  return change > 0 ? `↑${change}` : `↓${-change}`;
}
