import { useCallback, useState } from 'react';
import type { OrderAction } from '@app/orders/domain/order-actions';
import { ORDER_ACTION_LABELS } from '@app/orders/domain/order-actions';
import { useDocumentTitle } from '../../lib/use-document-title';
import { Link } from '../../routing/link';
import { MessagePage } from '../message-page';
import { ActionDialog } from './actions/action-dialog';
import { OrderActionsBar } from './actions/order-actions-bar';
import { OrderIntakePanels } from './duplicates/order-intake-panels';
import { OrderAttachmentsPanel } from './order-attachments-panel';
import { OrderDeadlinesPanel } from './order-deadlines-panel';
import { OrderFieldsPanel } from './order-fields-panel';
import { OrderReplyPanel } from './order-reply-panel';
import { OrderSyncPanel } from './order-sync-panel';
import { orderRef } from './order-ref';
import { OrderTimelinePanel } from './order-timeline-panel';
import { ExclusionRequestPanel } from '../review/exclusion-request-panel';
import { unitName as nameOfUnit, useDirectory } from './use-directory';
import { useOrderDetail } from './use-order-detail';

/** Shown after a 409 ORDER_VERSION_CONFLICT, once the order has been reloaded. */
export const CONFLICT_NOTICE = '工单已被他人更新，已刷新';

type Notice = { tone: 'info' | 'error'; text: string } | null;

/** 工单详情: every field, the clocks, the timeline, the reply, and the actions the server allows this user now. */
export function OrderDetailPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const { order, error, loading, reload } = useOrderDetail(id);
  const directory = useDirectory();
  const [acting, setActing] = useState<OrderAction | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  useDocumentTitle(order ? `工单 ${orderRef(order)}` : '工单详情');

  const unitName = useCallback((unitId: string) => nameOfUnit(directory, unitId), [directory]);

  if (error && !order) {
    const text = error.status === 404 ? '工单不存在，或不在您的办理范围内。' : error.message;
    return <MessagePage title="工单详情" text={text} />;
  }
  if (!order) {
    return (
      <p className="splash" role="status">
        {loading ? '正在加载工单…' : ''}
      </p>
    );
  }

  const streetUnits = directory.units.filter((unit) => unit.active).map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind }));

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">工单 {orderRef(order)}</h1>
        <Link to="/orders">返回工单列表</Link>
      </div>
      {notice ? (
        <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      <OrderActionsBar
        actions={order.allowedActions}
        blocked={order.blockedActions}
        disabled={acting !== null}
        onChoose={(action) => {
          setNotice(null);
          setActing(action);
        }}
      />
      {directory.error && acting ? <p className="notice notice--error">{directory.error}</p> : null}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <OrderFieldsPanel order={order} />
          <OrderReplyPanel order={order} unitName={unitName} />
          <OrderAttachmentsPanel attachments={order.attachments ?? []} />
          <OrderTimelinePanel timeline={order.timeline} unitName={unitName} />
        </div>
        <div className="detail-grid__side">
          <OrderDeadlinesPanel deadlines={order.deadlines} />
          <OrderSyncPanel order={order} onChanged={reload} />
          <ExclusionRequestPanel order={order} onChanged={reload} />
          <OrderIntakePanels order={order} onChanged={reload} />
        </div>
      </div>
      {acting ? (
        <ActionDialog
          order={order}
          action={acting}
          streetUnits={streetUnits}
          onCancel={() => setActing(null)}
          // The dialog stays (busy) until the order is reloaded, so the notice never sits over stale state.
          onDone={async (action) => {
            await reload();
            setActing(null);
            setNotice({ tone: 'info', text: `「${ORDER_ACTION_LABELS[action]}」已完成` });
          }}
          onConflict={async () => {
            await reload();
            setActing(null);
            setNotice({ tone: 'error', text: CONFLICT_NOTICE });
          }}
        />
      ) : null}
    </section>
  );
}
