import { Alert, Descriptions, Drawer, type DescriptionsProps } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client';
import type { OrderDetail } from '../../../api/order-types';
import { formatFull } from '../../../lib/shanghai-time';
import { api } from '../../../services';
import { orderRef } from '../order-ref';

interface PreviewProps {
  /** The order to show; null keeps the drawer closed. */
  orderId: string | null;
  onClose: () => void;
}

/**
 * An earlier order, read beside the intake form without leaving it: what the citizen said then, where it stands, and
 * the reply if any — enough to ask "is this the same matter?" with the form still holding the call. (A new tab would
 * ask to sign in again: the session lives in this tab's sessionStorage.)
 */
export function CandidatePreview({ orderId, onClose }: PreviewProps) {
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setOrder(null);
    setError(null);
    if (!orderId) return;
    const controller = new AbortController();
    api.order(orderId, controller.signal).then(setOrder, (failure: unknown) => {
      if (controller.signal.aborted) return;
      setError(failure instanceof ApiError ? failure.message : '工单加载失败');
    });
    return () => controller.abort();
  }, [orderId]);

  return (
    <Drawer
      open={orderId !== null}
      onClose={onClose}
      size={520}
      title={order ? `工单 ${orderRef(order)}` : '工单'}
      loading={!order && !error}
      footer={
        orderId ? (
          <a href={`/orders/${encodeURIComponent(orderId)}`} target="_blank" rel="noopener noreferrer">
            在新标签页打开完整工单<span className="muted small">（需重新登录）</span>
          </a>
        ) : null
      }
    >
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {order ? <Descriptions column={1} size="small" bordered items={itemsOf(order)} /> : null}
    </Drawer>
  );
}

function itemsOf(order: OrderDetail): DescriptionsProps['items'] {
  const text = (value: string | null | undefined) => value || '—';
  return [
    { key: 'status', label: '状态', children: order.overdue ? `${order.statusLabel}（已超时）` : order.statusLabel },
    { key: 'receivedAt', label: '来电时间', children: formatFull(order.receivedAt) },
    { key: 'citizen', label: '诉求人', children: text([order.citizenName, order.citizenPhone].filter(Boolean).join(' ')) },
    { key: 'address', label: '诉求地址', children: order.address },
    { key: 'category', label: '问题分类', children: text(order.category?.split('/').join(' › ')) },
    { key: 'content', label: '诉求内容', children: <span className="intake-preview__content">{order.content}</span> },
    { key: 'unit', label: '主办单位', children: text(order.leadUnitName) },
    { key: 'reply', label: '办理回复', children: text(order.reply?.content) },
  ];
}
