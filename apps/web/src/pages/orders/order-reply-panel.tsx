import type { OrderDetail } from '../../api/order-types';
import { formatFull } from '../../lib/shanghai-time';
import { CONTACT_METHOD_LABELS, REPLY_RESULT_LABELS, type ContactMethod, type ReplyResult } from '@app/orders/domain/order-status';

/** 办理回复: the lead unit's reply (or the desk's direct answer) and the co-units' sub-replies. Hidden until there is one. */
export function OrderReplyPanel({ order, unitName }: { order: OrderDetail; unitName: (id: string) => string }) {
  const { reply, subReplies } = order;
  if (!reply && subReplies.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="order-reply-title">
      <div className="panel__header">
        <h2 id="order-reply-title">办理回复</h2>
      </div>
      {reply ? (
        <div className="reply">
          <p className="reply__content">{reply.content}</p>
          <dl className="fields fields--compact">
            <div className="fields__row">
              <dt>办理结果</dt>
              <dd>{REPLY_RESULT_LABELS[reply.result as ReplyResult] ?? reply.result}</dd>
            </div>
            {reply.contacted !== undefined ? (
              <div className="fields__row">
                <dt>联系诉求人</dt>
                <dd>
                  {reply.contacted
                    ? `已联系（${formatFull(reply.contactedAt)}，${CONTACT_METHOD_LABELS[reply.contactMethod as ContactMethod] ?? reply.contactMethod ?? ''}）`
                    : '未联系'}
                </dd>
              </div>
            ) : null}
            <div className="fields__row">
              <dt>回复时间</dt>
              <dd>{formatFull(reply.at)}</dd>
            </div>
          </dl>
        </div>
      ) : null}
      {subReplies.length > 0 ? (
        <>
          <h3 className="reply__sub-title">协办回复</h3>
          <ul className="sub-replies">
            {subReplies.map((sub) => (
              <li key={sub.unitId}>
                <strong>{unitName(sub.unitId)}</strong>
                <span className="muted small"> {formatFull(sub.at)}</span>
                <p>{sub.content}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
