import { Alert, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { OrderDetail } from '../../api/order-types';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';
import { ToneTag, type Tone } from './order-tags';

/** One message of the order's outbox (`GET /api/orders/:id` → `outbox`, libs/orders/src/outbox/outbox-views.ts). */
export interface OrderOutboxItem {
  id: string;
  kind: 'platform' | 'sms';
  topic: string;
  topicLabel: string;
  status: 'pending' | 'failed' | 'delivered' | 'manual' | 'exported' | 'done';
  /** 待发送 / 已送达 / 发送失败 / 待导出 / 待电话告知 / 已导出 / 已电话告知, from the server. */
  statusLabel: string;
  attempts: number;
  /** Only for holders of `outbox.read`. */
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  exportedAt: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface OrderOutboxPart {
  items: OrderOutboxItem[];
  /** The caller holds `outbox.manage` (supervisors): may retry and mark a notice told by phone. */
  mayManage: boolean;
}

const TONES: Record<OrderOutboxItem['status'], Tone> = {
  pending: 'info', failed: 'danger', delivered: 'success', manual: 'warning', exported: 'success', done: 'success',
};

function stateText(item: OrderOutboxItem): string {
  switch (item.status) {
    case 'delivered':
      return `送达于 ${formatFull(item.deliveredAt)}`;
    case 'exported':
      return `导出于 ${formatFull(item.exportedAt)}`;
    case 'done':
      return `告知于 ${formatFull(item.doneAt)}`;
    case 'failed':
      return `已尝试 ${item.attempts} 次，${item.nextAttemptAt ? `将于 ${formatFull(item.nextAttemptAt)} 自动重试` : '已停止自动重试'}`;
    case 'manual':
      return item.kind === 'sms' ? '未配置短信接口：请电话告知市民后标记' : '未配置平台接口：请通过“导出办结回复”报送';
    case 'pending':
      return `生成于 ${formatFull(item.createdAt)}，等待发送`;
  }
}

/**
 * 平台同步与告知: whether the order's reports reached the 12345 platform and the citizen was told of an extension
 * (Art. 15). Supervisors may send a failed message again, or record that they told the citizen by phone.
 */
export function OrderSyncPanel({ order, onChanged }: { order: OrderDetail & { outbox?: OrderOutboxPart }; onChanged: () => Promise<unknown> }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const part = order.outbox;
  if (!part || part.items.length === 0) return null;

  async function command(item: OrderOutboxItem, path: 'retry' | 'mark-done') {
    if (busy) return;
    setBusy(item.id);
    setError(null);
    try {
      await api.post(`/outbox/${item.id}/${path}`, {});
      await onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '操作失败，请稍后重试');
    }
    setBusy(null);
  }

  return (
    <section className="panel" aria-labelledby="order-sync-title">
      <div className="panel__header">
        <h2 id="order-sync-title">平台同步与告知</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <ul className="file-list">
        {part.items.map((item) => (
          <li key={item.id}>
            <span>{item.topicLabel}</span> <ToneTag tone={TONES[item.status] ?? 'muted'}>{item.statusLabel}</ToneTag>
            <div className="muted small">{stateText(item)}</div>
            {item.status === 'failed' && item.lastError ? <div className="muted small">错误：{item.lastError}</div> : null}
            {part.mayManage && item.status === 'failed' ? (
              <Button size="small" loading={busy === item.id} disabled={busy !== null} onClick={() => void command(item, 'retry')}>
                重新发送
              </Button>
            ) : null}{' '}
            {part.mayManage && item.kind === 'sms' && (item.status === 'manual' || item.status === 'failed') ? (
              <Button size="small" disabled={busy !== null} onClick={() => void command(item, 'mark-done')}>
                已电话告知
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
