import { Alert } from 'antd';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatClock } from '../../lib/shanghai-time';
import { OrderTable } from '../orders/order-table';
import { useOrderList } from '../orders/use-order-list';
import { ReviewQueueTable } from './review-queue-table';
import { useReviewFlash } from './review-flash';
import { useReviewQueue } from './use-review-queue';
import { CHANNELS } from '@app/orders/domain/order-status';

/**
 * Closed orders wait for the reviewer's 回访 (DESIGN §3 callback: closed → visited); the form is on the order page.
 * Proactive orders (网格员巡查, 内部) have no citizen to call back, so they are not in this queue.
 */
const AWAITING_CALLBACK = {
  status: ['closed' as const],
  channel: CHANNELS.filter((channel) => channel !== 'proactive'),
  sort: 'updatedAt' as const,
  pageSize: 20,
};

/** 审核: the 待初审 queue (most urgent review deadline first) and the closed orders awaiting 回访. */
export function ReviewQueuePage() {
  useDocumentTitle('审核');
  const { queue, loading, error, liveRefreshAt } = useReviewQueue();
  const callbacks = useOrderList(AWAITING_CALLBACK);
  // A decision on the last order of the queue lands here; say what happened.
  const flash = useReviewFlash();

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">审核</h1>
      </div>
      <p className="muted">承办单位的回复按初审时限先后排列；自动筛查的提示仅供参考，由审核人逐项判定。</p>
      {flash ? <Alert className="alert" type="success" showIcon role="status" title={flash} /> : null}
      <section className="panel" aria-labelledby="review-queue-title" aria-busy={loading}>
        <div className="panel__header">
          <h2 id="review-queue-title">待初审</h2>
          <span className="muted small" role="status">
            {loading
              ? '正在加载…'
              : queue
                ? `共 ${queue.total} 件${liveRefreshAt ? `，已根据实时消息自动更新（${formatClock(new Date(liveRefreshAt).toISOString())}）` : ''}`
                : ''}
          </span>
        </div>
        {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
        {queue || loading ? <ReviewQueueTable items={queue?.items ?? []} loading={loading} /> : null}
      </section>
      <section className="panel" aria-labelledby="review-callback-title" aria-busy={callbacks.loading}>
        <div className="panel__header">
          <h2 id="review-callback-title">待回访</h2>
          <span className="muted small">已办结、尚未回访的工单；打开工单后点「回访」记录结果</span>
        </div>
        {callbacks.error ? <Alert className="alert" type="error" showIcon title={callbacks.error} /> : null}
        {callbacks.list ? <OrderTable items={callbacks.list.items} loading={callbacks.loading} emptyText="没有待回访的工单" /> : null}
      </section>
    </section>
  );
}
