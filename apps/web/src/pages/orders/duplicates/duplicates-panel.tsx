import { useState } from 'react';
import { useCurrentUser } from '../../../auth/use-session';
import { dismissDuplicate, getDuplicates, mergeDuplicate } from '../../../api/intake-client';
import type { DuplicatesView } from '../../../api/intake-types';
import type { OrderDetail } from '../../../api/order-types';
import { formatFull } from '../../../lib/shanghai-time';
import { Link } from '../../../routing/link';
import { api } from '../../../services';
import { candidateSummary } from './candidate-text';
import { DuplicateDecisionDialog, type DuplicateAnswer, type DuplicateDecision } from './duplicate-decision-dialog';
import { useOrderResource } from './use-order-resource';

const loadDuplicates = (orderId: string, signal: AbortSignal) => getDuplicates(api, orderId, signal);
const ref = (upstreamNo: string | null, id: string) => upstreamNo || id.slice(0, 8);

interface PanelProps {
  order: OrderDetail;
  /** Reloads the order after a decision (a merge changes its state). */
  onChanged: () => Promise<unknown>;
}

/**
 * 疑似重复 (DESIGN §5): the candidates intake found, each with its similarity score and reasons, and the
 * operator's answer — 合并 into one of them, or 不是重复. For a master, the duplicates merged into it. Shows nothing
 * when intake found nothing. 合并 follows the server's `allowedActions`; 不是重复 needs `order.merge`, which is
 * what the server checks for it.
 */
export function DuplicatesPanel({ order, onChanged }: PanelProps) {
  const user = useCurrentUser();
  const { data: view, error, reload } = useOrderResource(loadDuplicates, order.id, order.version, '疑似重复信息加载失败');
  const [deciding, setDeciding] = useState<DuplicateDecision | null>(null);
  const [version, setVersion] = useState(order.version);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  if (error) return <p className="notice notice--error">{error}</p>;
  if (!view || !hasAnything(view)) return null;

  const mayMerge = order.allowedActions.includes('merge');
  const mayDismiss = user.permissions.includes('order.merge');
  const decide = (decision: DuplicateDecision) => {
    setNotice(null);
    setVersion(order.version); // the version the user saw when deciding, as with every action form
    setDeciding(decision);
  };

  async function submit({ masterId, text }: DuplicateAnswer) {
    if (!deciding) return;
    if (deciding.kind === 'merge' && masterId) {
      await mergeDuplicate(api, order.id, { version, masterId, ...(text ? { note: text } : {}) });
      await onChanged();
      const master = view?.candidates.find((c) => c.orderId === masterId);
      setNotice({ tone: 'info', text: `已合并到工单 ${ref(master?.upstreamNo ?? null, masterId)}` });
    } else {
      await dismissDuplicate(api, order.id, text);
      // The order's version does not move, so no realtime event reloads it: reload for the timeline's new entry.
      await onChanged();
      setNotice({ tone: 'info', text: '已排除疑似重复' });
    }
    reload();
    setDeciding(null);
  }

  return (
    <section className="panel duplicates" aria-labelledby="duplicates-title">
      <div className="panel__header">
        <h2 id="duplicates-title">{view.suspected ? '疑似重复' : '重复件'}</h2>
        {view.suspected ? <span className="tag tag--warning">待处理</span> : null}
      </div>
      {notice ? (
        <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {view.suspected ? (
        <ul className="duplicates__list">
          {view.candidates.map((candidate) => (
            <li key={candidate.orderId} className="duplicates__item">
              <div className="duplicates__head">
                <Link to={`/orders/${encodeURIComponent(candidate.orderId)}`}>工单 {ref(candidate.upstreamNo, candidate.orderId)}</Link>
                <span className="muted small">{candidate.statusLabel}</span>
                <span className="duplicates__score" title="内容相似度（0–1）">相似度 {candidate.score.toFixed(3)}</span>
              </div>
              <p className="muted small">来电 {formatFull(candidate.receivedAt)}　{candidateSummary(candidate)}</p>
              <ul className="duplicates__reasons" aria-label="判定理由">
                {candidate.reasonLabels.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {mayMerge ? (
                <button
                  type="button"
                  className="button button--small button--primary"
                  // Several candidates each have a 合并: the name says into which (and still starts with what is shown).
                  aria-label={`合并到工单 ${ref(candidate.upstreamNo, candidate.orderId)}`}
                  onClick={() => decide({ kind: 'merge', masterId: candidate.orderId })}
                >
                  合并
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <ResolvedLine view={view} />
      )}
      {view.suspected && mayDismiss ? (
        <button type="button" className="button button--small" onClick={() => decide({ kind: 'dismiss' })}>
          不是重复
        </button>
      ) : null}
      {view.mergedDuplicates.length ? (
        <>
          <h3 className="duplicates__sub-title">已并入本工单的重复件</h3>
          <ul className="duplicates__merged">
            {view.mergedDuplicates.map((dup) => (
              <li key={dup.id}>
                <Link to={`/orders/${encodeURIComponent(dup.id)}`}>工单 {ref(dup.upstreamNo, dup.id)}</Link>
                <span className="muted small">　来电 {formatFull(dup.receivedAt)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {deciding ? (
        <DuplicateDecisionDialog
          decision={deciding}
          candidates={view.candidates}
          onSubmit={submit}
          onCancel={() => setDeciding(null)}
          onConflict={async () => {
            await onChanged();
            setDeciding(null);
            setNotice({ tone: 'error', text: '工单已被他人更新，已刷新' });
          }}
        />
      ) : null}
    </section>
  );
}

function hasAnything(view: DuplicatesView): boolean {
  return (view.suspected && view.candidates.length > 0) || view.status !== null || view.mergedDuplicates.length > 0;
}

/** After the answer: where it was merged, or why it was dismissed. */
function ResolvedLine({ view }: { view: DuplicatesView }) {
  if (view.status === 'merged' && view.resolution?.masterId) {
    const master = view.candidates.find((c) => c.orderId === view.resolution?.masterId);
    return (
      <p>
        已作为重复件并入{' '}
        <Link to={`/orders/${encodeURIComponent(view.resolution.masterId)}`}>工单 {ref(master?.upstreamNo ?? null, view.resolution.masterId)}</Link>
        {view.resolution.note ? `（${view.resolution.note}）` : ''}
      </p>
    );
  }
  if (view.status === 'dismissed') return <p className="muted">已排除疑似重复{view.resolution?.reason ? `：${view.resolution.reason}` : ''}</p>;
  return null;
}
