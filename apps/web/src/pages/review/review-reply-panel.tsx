import type { OrderReply, SubReply } from '../../api/order-types';
import type { ScreeningFinding } from '../../api/review-types';
import { ReplyView } from '../orders/reply-view';
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
      <ReplyView
        reply={reply}
        subReplies={subReplies}
        unitName={unitName}
        renderText={(text, source) => <HighlightedText text={text} phrases={matchedIn(source)} />}
        extraRows={
          reply ? (
            <div className="fields__row">
              <dt>回复附件</dt>
              <dd>{reply.attachmentIds?.length ? `${reply.attachmentIds.length} 个（在工单详情中查看和下载）` : '无'}</dd>
            </div>
          ) : null
        }
      />
      {reply ? null : <p className="muted">没有回复内容。</p>}
    </section>
  );
}
