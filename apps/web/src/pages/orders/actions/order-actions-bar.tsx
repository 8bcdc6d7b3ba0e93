import { Button } from 'antd';
import { ORDER_ACTION_LABELS, type OrderAction } from '@app/orders/domain/order-actions';
import { ACTION_SHORTCUTS, withShortcut } from './action-shortcuts';
import { useShortcuts } from './use-shortcuts';

interface BlockedAction {
  action: OrderAction;
  message: string;
}

interface OrderActionsBarProps {
  actions: readonly OrderAction[];
  blocked?: readonly BlockedAction[];
  disabled: boolean;
  onChoose: (action: OrderAction) => void;
}

/**
 * 可执行的操作: one button per action in the server's `allowedActions` for this user and this order, in the
 * server's order, and below them why an expected action is not offered (the server's `blockedActions`). Nothing
 * here decides who may do what; an empty list says so plainly. The frequent ones also answer to their shortcut —
 * only while the server offers them, like the buttons.
 */
export function OrderActionsBar({ actions, blocked = [], disabled, onChoose }: OrderActionsBarProps) {
  useShortcuts(
    actions.flatMap((action) => {
      const keys = ACTION_SHORTCUTS[action];
      return keys ? [{ keys, run: () => onChoose(action) }] : [];
    }),
    !disabled,
  );

  return (
    <section className="panel actions-bar" aria-labelledby="order-actions-title">
      <h2 id="order-actions-title" className="actions-bar__title">
        可执行的操作
      </h2>
      {actions.length === 0 ? (
        <p className="muted">当前状态下您没有可执行的操作。</p>
      ) : (
        <div className="actions-bar__buttons">
          {actions.map((action) => {
            const label = ORDER_ACTION_LABELS[action] ?? action;
            const keys = ACTION_SHORTCUTS[action];
            return (
              <Button key={action} type="primary" disabled={disabled} title={withShortcut(label, keys)} aria-keyshortcuts={keys} onClick={() => onChoose(action)}>
                {label}
              </Button>
            );
          })}
        </div>
      )}
      {blocked.length > 0 ? (
        <ul className="actions-bar__blocked muted" aria-label="不可执行的操作">
          {blocked.map((b) => (
            <li key={b.action}>{`${ORDER_ACTION_LABELS[b.action] ?? b.action}：${b.message}`}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
