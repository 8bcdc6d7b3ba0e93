import type { OrderDetail } from '../../api/order-types';
import { ReplyView } from './reply-view';

/** 办理回复: the lead unit's reply (or the desk's direct answer) and the co-units' sub-replies. Hidden until there is one. */
export function OrderReplyPanel({ order, unitName }: { order: OrderDetail; unitName: (id: string) => string }) {
  const { reply, subReplies } = order;
  if (!reply && subReplies.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="order-reply-title">
      <div className="panel__header">
        <h2 id="order-reply-title">办理回复</h2>
      </div>
      <ReplyView reply={reply} subReplies={subReplies} unitName={unitName} />
    </section>
  );
}
