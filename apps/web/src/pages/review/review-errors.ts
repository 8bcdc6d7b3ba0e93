import { ApiError } from '../../api/client';

/** What the decision form shows after the server refused: a summary, and messages placed next to their controls. */
export interface ReviewErrors {
  message: string | null;
  /** About the checklist as a whole (an item not judged, a duplicate). */
  checklist: string | null;
  /** Keyed by item code: `checklist[i].…` errors, and the items a refusal's `failedItems` names. */
  items: Record<string, string>;
  comment: string | null;
  /** Field errors the form has no place for, so they are not lost. */
  other: string[];
}

/** What the row of an item the server refused says, by the server's reason. */
const SHORTFALL_TEXT: Record<string, string> = {
  failed: '此项判定为不通过，不能初审通过',
  na_not_allowed: '此项不能判定为不适用',
  not_judged: '此项未评定',
};

export const NO_REVIEW_ERRORS: ReviewErrors = { message: null, checklist: null, items: {}, comment: null, other: [] };

/**
 * Splits an error answer over the decision form. `sentItems` are the item codes in the order they were sent, so
 * `checklist[2].item` lands on the row it is about (the server names array positions, not codes).
 */
export function reviewErrorsOf(error: unknown, sentItems: readonly string[]): ReviewErrors {
  if (!(error instanceof ApiError)) return { ...NO_REVIEW_ERRORS, message: '提交失败，请稍后重试' };
  const out: ReviewErrors = { ...NO_REVIEW_ERRORS, items: {}, other: [], message: error.message };
  const add = (current: string | null | undefined, text: string) => (current ? `${current}；${text}` : text);

  // 409 ORDER_REVIEW_ITEM_FAILED (approve) and 400 ORDER_REVIEW_NA_NOT_ALLOWED (reject): the server names each item and why.
  const failed = Array.isArray(error.details.failedItems) ? (error.details.failedItems as { item?: unknown; reason?: unknown }[]) : [];
  for (const entry of failed) {
    if (typeof entry.item === 'string') out.items[entry.item] = SHORTFALL_TEXT[String(entry.reason)] ?? SHORTFALL_TEXT.failed;
  }

  const fields = Array.isArray(error.details.fields) ? (error.details.fields as { field?: unknown; message?: unknown }[]) : [];
  for (const entry of fields) {
    const path = typeof entry.field === 'string' ? entry.field : '';
    const text = typeof entry.message === 'string' ? entry.message : '取值无效';
    const indexed = /^checklist\[(\d+)\]/.exec(path);
    const code = indexed ? sentItems[Number(indexed[1])] : undefined;
    if (code) out.items[code] = add(out.items[code], text);
    else if (path === 'checklist' || path.startsWith('checklist')) out.checklist = add(out.checklist, text);
    else if (path === 'comment') out.comment = add(out.comment, text);
    else out.other.push(path ? `${path}：${text}` : text);
  }
  if (fields.length > 0) out.message = '请检查标出的内容后重新提交';
  return out;
}
