import type { ReactNode } from 'react';
import type { OrderReply, SubReply } from '../../api/order-types';
import { formatFull } from '../../lib/shanghai-time';
import { CONTACT_METHOD_LABELS, REPLY_RESULT_LABELS, type ContactMethod, type ReplyResult } from '@app/orders/domain/order-status';

interface ReplyViewProps {
  reply: OrderReply | null;
  subReplies: readonly SubReply[];
  unitName: (id: string) => string;
  /** How a reply's text is shown (the review screen marks what screening flagged); plain text by default. */
  renderText?: (text: string, source: 'reply' | 'sub_reply') => ReactNode;
  /** Rows a screen adds to the reply's facts. */
  extraRows?: ReactNode;
}

/** A reply's content and facts (result, contact, time) and the co-units' sub-replies: the order page and review share it. */
export function ReplyView({ reply, subReplies, unitName, renderText = (text) => text, extraRows }: ReplyViewProps) {
  return (
    <>
      {reply ? (
        <div className="reply">
          <p className="reply__content">{renderText(reply.content, 'reply')}</p>
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
            {extraRows}
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
                <p>{renderText(sub.content, 'sub_reply')}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
