import type { OrderAction } from '@app/orders/domain/order-actions';

/**
 * The desk's most frequent steps get a key: 签收 and 派单 on the order page, 提交 in every action dialog. The
 * buttons name them in their titles (and `aria-keyshortcuts`), so they are found by hovering, not by a manual.
 */
export const ACTION_SHORTCUTS: Partial<Readonly<Record<OrderAction, string>>> = {
  sign: 'Alt+S',
  dispatch: 'Alt+D',
};

export const SUBMIT_SHORTCUT = 'Ctrl+Enter';

/** `签收（Alt+S）`: a button's title with its shortcut, or just the label. */
export function withShortcut(label: string, keys: string | undefined): string {
  return keys ? `${label}（${keys}）` : label;
}
