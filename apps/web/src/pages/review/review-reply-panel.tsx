import type { OrderReply, SubReply } from '../../api/order-types';
import type { ScreeningFinding } from '../../api/review-types';
import { formatFull } from '../../lib/shanghai-time';
import { CONTACT_METHOD_LABELS, REPLY_RESULT_LABELS, type ContactMethod, type ReplyResult } from '@app/orders/domain/order-status';
import { HighlightedText } from './highlighted-text';

interface ReviewReplyPanelProps {
  reply: OrderReply | null;
  subReplies: readonly SubReply[];
  findings: readonly ScreeningFinding[];
  unitName: (id: string) => string;
}

/** The reply under review and the co-units' sub-replies, with the wording screening flagged marked in place. */
export function ReviewReplyPanel({ reply, subReplies, findings, unitName }: ReviewReplyPanelProps) {
  const matchedIn = (source: ScreeningFinding['source']) => findings.filter((f) => f.source === source && f.matched).map((f) => f.matched);
  return (
    <section className="panel" aria-labelledby="review-reply-title">
      <div className="panel__header">
        <h2 id="review-reply-title">承办回复</h2>
      </div>
      {reply ? (
        <div className="reply">
          <p className="reply__content">
            <HighlightedText text={reply.content} phrases={matchedIn('reply')} />
          </p>
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
                    ? `已联系（${formatFull(reply.contactedAt)}，${CONTACT_METHOD_LABELS[reply.contactMethod as ContactMethod] ?? reply.contactMethod ?? '方式未填'}）`
                    : '未联系'}
                </dd>
              </div>
            ) : null}
            <div className="fields__row">
              <dt>回复时间</dt>
              <dd>{formatFull(reply.at)}</dd>
            </div>
            <div className="fields__row">
              <dt>回复附件</dt>
              <dd>{reply.attachmentIds?.length ? reply.attachmentIds.join('、') : '无'}</dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="muted">没有回复内容。</p>
      )}
      {subReplies.length > 0 ? (
        <>
          <h3 className="reply__sub-title">协办回复</h3>
          <ul className="sub-replies">
            {subReplies.map((sub) => (
              <li key={sub.unitId}>
                <strong>{unitName(sub.unitId)}</strong>
                <span className="muted small"> {formatFull(sub.at)}</span>
                <p>
                  <HighlightedText text={sub.content} phrases={matchedIn('sub_reply')} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
