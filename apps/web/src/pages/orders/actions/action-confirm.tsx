import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { ApiError } from '../../../api/client';
import { isVersionConflict } from '../../../api/field-errors';
import type { OrderDetail } from '../../../api/order-types';
import { api } from '../../../services';
import { ORDER_ACTION_LABELS, type OrderAction } from '@app/orders/domain/order-actions';
import { orderRef } from '../order-ref';

interface ActionConfirmProps {
  order: OrderDetail;
  action: OrderAction;
  onDone: (action: OrderAction) => Promise<void>;
  onConflict: () => Promise<void>;
  /** The server refused: the page says why (the confirmation is gone by then). */
  onFailed: (message: string) => void;
  onCancel: () => void;
}

/**
 * An action that asks nothing (接收) is still consequential: one confirmation naming the order, the action as its
 * button. Like the dialogs it sends the version the user saw when they chose it. Renders nothing itself: it opens
 * antd's confirm while mounted and closes it when unmounted.
 */
export function ActionConfirm({ order, action, onDone, onConflict, onFailed, onCancel }: ActionConfirmProps) {
  const { modal } = App.useApp();
  const latest = useRef({ order, onDone, onConflict, onFailed, onCancel });
  latest.current = { order, onDone, onConflict, onFailed, onCancel };
  const version = useRef(order.version);

  useEffect(() => {
    const label = ORDER_ACTION_LABELS[action];
    const { order: shown } = latest.current;
    const instance = modal.confirm({
      title: `${label}工单 ${orderRef(shown)}？`,
      content: shown.address,
      okText: label,
      cancelText: '取消',
      onCancel: () => latest.current.onCancel(),
      onOk: async () => {
        try {
          await api.actOnOrder(shown.id, action, version.current, {});
        } catch (error) {
          if (isVersionConflict(error)) return latest.current.onConflict();
          return latest.current.onFailed(error instanceof ApiError ? error.message : '操作失败，请稍后重试');
        }
        await latest.current.onDone(action);
      },
    });
    return () => instance.destroy();
  }, [action, modal]);

  return null;
}
