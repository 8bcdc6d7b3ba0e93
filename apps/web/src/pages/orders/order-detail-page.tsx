import { Alert, Button, Result, Spin } from 'antd';
import { useCallback, useState } from 'react';
import type { OrderAction } from '@app/orders/domain/order-actions';
import { ORDER_ACTION_LABELS } from '@app/orders/domain/order-actions';
import { useDocumentTitle } from '../../lib/use-document-title';
import { Link } from '../../routing/link';
import { ActionConfirm } from './actions/action-confirm';
import { ActionDialog } from './actions/action-dialog';
import { ACTION_FORMS } from './actions/action-form-spec';
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

  if (error && !order) return <OrderLoadFailure notFound={error.status === 404} message={error.message} onRetry={() => void reload()} />;
  if (!order) {
    return (
      <div className="splash" role="status">
        <Spin /> {loading ? '正在加载工单…' : ''}
      </div>
    );
  }

  const streetUnits = directory.units.filter((unit) => unit.active).map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind }));
  const finish = (text: string, tone: 'info' | 'error' = 'info') => {
    setActing(null);
    setNotice({ tone, text });
  };
  // Both stay busy until the order is reloaded, so the notice never sits over stale state.
  const onDone = async (action: OrderAction) => {
    await reload();
    finish(`「${ORDER_ACTION_LABELS[action]}」已完成`);
  };
  const onConflict = async () => {
    await reload();
    finish(CONFLICT_NOTICE, 'error');
  };

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">工单 {orderRef(order)}</h1>
        <Link to="/orders">返回工单列表</Link>
      </div>
      {notice ? (
        <Alert
          className="alert"
          type={notice.tone}
          showIcon
          role={notice.tone === 'error' ? 'alert' : 'status'}
          title={notice.text}
          closable={{ 'aria-label': '关闭提示', onClose: () => setNotice(null) }}
        />
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
      {directory.error && acting ? <Alert className="alert" type="error" showIcon title={directory.error} /> : null}
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
      {acting && ACTION_FORMS[acting].length === 0 ? (
        <ActionConfirm
          order={order}
          action={acting}
          onCancel={() => setActing(null)}
          onDone={onDone}
          onConflict={onConflict}
          onFailed={(message) => finish(`「${ORDER_ACTION_LABELS[acting]}」未完成：${message}`, 'error')}
        />
      ) : acting ? (
        <ActionDialog
          order={order}
          action={acting}
          streetUnits={streetUnits}
          categories={directory.categories}
          onCancel={() => setActing(null)}
          onDone={onDone}
          onConflict={onConflict}
        />
      ) : null}
    </section>
  );
}

/** Not found (or outside the user's scope — the server does not say which) as a 404, any other failure as an error. */
function OrderLoadFailure({ notFound, message, onRetry }: { notFound: boolean; message: string; onRetry: () => void }) {
  const back = (
    <Link key="back" to="/orders">
      返回工单列表
    </Link>
  );
  return (
    <section className="page">
      <h1 className="page__title">工单详情</h1>
      {notFound ? (
        <Result status="404" title="工单不存在" subTitle="工单不存在，或不在您的办理范围内。" extra={back} />
      ) : (
        <Result
          status="error"
          title="工单加载失败"
          subTitle={message}
          extra={[
            <Button key="retry" type="primary" onClick={onRetry}>
              重新加载
            </Button>,
            back,
          ]}
        />
      )}
    </section>
  );
}
