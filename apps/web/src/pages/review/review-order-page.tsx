import { Alert, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { reviewQueue } from '../../api/review-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { navigate } from '../../routing/history';
import { Link } from '../../routing/link';
import { api } from '../../services';
import { CONFLICT_NOTICE } from '../orders/order-detail-page';
import { OrderDeadlinesPanel } from '../orders/order-deadlines-panel';
import { OrderFieldsPanel } from '../orders/order-fields-panel';
import { orderRef } from '../orders/order-ref';
import { OrderTimelinePanel } from '../orders/order-timeline-panel';
import { unitName as nameOfUnit, useDirectory } from '../orders/use-directory';
import { ExclusionRequestPanel } from './exclusion-request-panel';
import { ReviewDecisionForm, type ReviewDecision } from './review-decision-form';
import { setReviewFlash, useReviewFlash } from './review-flash';
import { ReviewHistoryPanel } from './review-history-panel';
import { ReviewReplyPanel } from './review-reply-panel';
import { ScreeningPanel } from './screening-panel';
import { QUEUE_PAGE_SIZE } from './use-review-queue';
import { useReviewDetail } from './use-review-detail';

const DONE: Record<ReviewDecision, string> = { approve: '「初审通过」已完成，工单已办结', reject: '「驳回」已完成，工单已退回承办单位' };

/**
 * The review screen of one order (/review/:id): the reply with the flagged wording marked, the screening findings,
 * the order and its timeline, and the checklist. After a decision the next order of the queue opens, so a reviewer
 * works through the queue without going back to it.
 */
export function ReviewOrderPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const { detail, error, loading, reload } = useReviewDetail(id);
  const directory = useDirectory();
  const flash = useReviewFlash();
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(flash ? { tone: 'info', text: flash } : null);
  // A new form after a conflict: it must judge (and send the version of) the reply now on screen.
  const [formKey, setFormKey] = useState(0);
  useDocumentTitle(detail ? `初审 ${orderRef(detail.order)}` : '初审');
  const unitName = useCallback((unitId: string) => nameOfUnit(directory, unitId), [directory]);

  const openNext = useCallback(
    async (decision: ReviewDecision) => {
      const text = DONE[decision];
      const queue = await reviewQueue(api, { pageSize: QUEUE_PAGE_SIZE }).catch(() => null);
      const next = queue?.items.find((item) => item.id !== id);
      const path = next ? `/review/${next.id}` : '/review';
      setReviewFlash(path, next ? `${text}；已打开队列中的下一件` : `${text}；待初审队列已处理完`);
      navigate(path);
    },
    [id],
  );

  if (!detail) {
    if (!error) {
      return (
        <div className="page-loading" role="status">
          {loading ? <Spin description="正在加载初审信息…" size="large"><div className="page-loading__space" /></Spin> : null}
        </div>
      );
    }
    const text =
      error.code === 'REVIEW_NOT_PENDING'
        ? '该工单已不在待初审状态（可能已由他人审核）。'
        : error.status === 404
          ? '工单不存在，或不在您的办理范围内。'
          : error.message;
    return (
      <section className="page">
        <h1 className="page__title">初审</h1>
        {notice ? <Alert className="alert" type="success" showIcon role="status" title={notice.text} /> : null}
        <Alert className="alert" type="warning" showIcon title={text} />
        <p>
          <Link to="/review">返回审核队列</Link>
          {' · '}
          <Link to={`/orders/${id}`}>查看工单详情</Link>
        </p>
      </section>
    );
  }

  const { order } = detail;
  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">初审 工单 {orderRef(order)}</h1>
        <span className="review-page__links">
          <Link to="/review">返回审核队列</Link>
          <Link to={`/orders/${order.id}`}>工单详情</Link>
        </span>
      </div>
      {notice ? (
        <Alert className="alert" type={notice.tone === 'error' ? 'error' : 'success'} showIcon role={notice.tone === 'error' ? 'alert' : 'status'} title={notice.text} />
      ) : null}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <ReviewReplyPanel reply={detail.reply} subReplies={detail.subReplies} findings={detail.screening?.findings ?? []} unitName={unitName} />
          <ScreeningPanel screening={detail.screening} checklist={detail.checklist} />
          <OrderFieldsPanel order={order} />
          <ReviewHistoryPanel rounds={detail.rounds} checklist={detail.checklist} />
          <OrderTimelinePanel timeline={order.timeline} unitName={unitName} />
        </div>
        <div className="detail-grid__side">
          <ReviewDecisionForm
            key={formKey}
            detail={detail}
            onDecided={openNext}
            onConflict={async () => {
              await reload();
              setFormKey((k) => k + 1);
              setNotice({ tone: 'error', text: CONFLICT_NOTICE });
            }}
          />
          <OrderDeadlinesPanel deadlines={order.deadlines} />
          <ExclusionRequestPanel order={order} />
        </div>
      </div>
    </section>
  );
}
