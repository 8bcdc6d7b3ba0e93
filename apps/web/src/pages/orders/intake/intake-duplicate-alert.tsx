import { Alert, Tag } from 'antd';
import { useState, type MouseEvent } from 'react';
import type { DuplicateCheckResult } from '../../../api/intake-types';
import { formatFull } from '../../../lib/shanghai-time';
import { candidateRef, candidateSummary } from '../duplicates/candidate-text';
import { CandidatePreview } from './candidate-preview';
import type { DebouncedAnswer } from './use-debounced-request';

/**
 * 疑似重复 before submitting: earlier orders this call may repeat, each with why (同一来电号码7日内…), so the operator
 * can ask the citizen "is this about the same thing?" while still on the line. A click opens the order in a drawer
 * beside the form, which keeps what was typed; the link still opens a new tab with Ctrl or the middle button.
 */
export function IntakeDuplicateAlert({ answer }: { answer: DebouncedAnswer<DuplicateCheckResult> }) {
  const { data, pending, failed } = answer;
  const candidates = data?.candidates ?? [];
  const [previewing, setPreviewing] = useState<string | null>(null);
  const preview = (orderId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!plainClick) return;
    event.preventDefault();
    setPreviewing(orderId);
  };
  if (!candidates.length) {
    return (
      <section className="panel intake-assist__panel" aria-labelledby="intake-duplicates-title">
        <div className="panel__header">
          <h2 id="intake-duplicates-title">疑似重复</h2>
          {pending ? <span className="muted small">正在查重…</span> : null}
        </div>
        <p className="muted small" role="status">
          {failed ? '查重暂时不可用，提交后系统仍会自动查重。' : data ? '未发现疑似重复的工单。' : '输入来电号码、地址或诉求内容后自动查重。'}
        </p>
      </section>
    );
  }
  return (
    <section className="intake-assist__alert" aria-labelledby="intake-duplicates-title">
      <Alert
        type="warning"
        showIcon
        title={
          <span id="intake-duplicates-title">
            疑似重复：找到 {candidates.length} 件相关工单{pending ? <span className="muted small">（正在更新…）</span> : null}
          </span>
        }
        description={
          <ul className="intake-duplicates">
            {candidates.map((c) => (
              <li key={c.orderId} className="intake-duplicates__item">
                <div className="intake-duplicates__head">
                  <a href={`/orders/${encodeURIComponent(c.orderId)}`} onClick={preview(c.orderId)}>
                    工单 {candidateRef(c)}
                  </a>
                  <Tag>{c.statusLabel}</Tag>
                  <span className="muted small">来电 {formatFull(c.receivedAt)}</span>
                </div>
                <p className="intake-duplicates__reasons">{c.reasonLabels.join('；')}</p>
                <p className="muted small">
                  {candidateSummary(c)}
                  {c.citizenName || c.citizenPhone ? `（${[c.citizenName, c.citizenPhone].filter(Boolean).join(' ')}）` : ''}
                </p>
              </li>
            ))}
          </ul>
        }
      />
      <CandidatePreview orderId={previewing} onClose={() => setPreviewing(null)} />
    </section>
  );
}
