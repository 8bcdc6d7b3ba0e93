import { Alert } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { decideSwap, listSwaps } from '../../api/roster-client';
import type { StoredAssignment, SwapRequest } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { shortDate } from './roster-dates';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';
import { ViolationList, violationsOf } from './violation-list';

interface SwapListPanelProps {
  reference: RosterReference;
  refreshKey: number;
  /** roster.swap.decide: 批准 / 驳回 buttons. */
  mayDecide: boolean;
}

/** 换班申请: pending first. Approval is checked again by the server (the roster may have changed since). */
export function SwapListPanel({ reference, refreshKey, mayDecide }: SwapListPanelProps) {
  const [generation, setGeneration] = useState(0);
  const { data, error, loading } = useLoad(`swaps:${refreshKey}:${generation}`, (signal) => listSwaps(api, undefined, signal), '换班申请加载失败');
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string; violations?: ReturnType<typeof violationsOf> } | null>(null);
  const [busy, setBusy] = useState(false);
  const describe = (a: StoredAssignment) => `${reference.staffName(a.staffId)} ${shortDate(a.date)} ${reference.shiftName(a.shiftCode)}`;
  const items = [...(data?.items ?? [])].sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));

  async function decide(request: SwapRequest, decision: 'approve' | 'reject') {
    setBusy(true);
    setNotice(null);
    try {
      await decideSwap(api, request.id, decision, request.version);
      setNotice({ tone: 'info', text: decision === 'approve' ? '已批准，排班已更新并通知相关人员。' : '已驳回。' });
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e), violations: e instanceof ApiError ? violationsOf(e.details) : [] });
    } finally {
      setBusy(false);
      setGeneration((g) => g + 1);
    }
  }

  return (
    <section className="panel" aria-labelledby="swap-list-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="swap-list-title">换班与代班申请</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {notice ? (
        <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <ViolationList violations={notice.violations ?? []} label="违反的规则" />
        </div>
      ) : null}
      {items.length ? (
        <ul className="roster-list">
          {items.map((r) => (
            <li key={r.id} className="roster-card">
              <p>
                <span className={`tag tag--${r.status === 'pending' ? 'warning' : r.status === 'approved' ? 'success' : 'muted'}`}>{r.statusLabel}</span>{' '}
                <strong>{r.kind === 'swap' ? '换班' : '代班'}</strong>：{r.remove.map(describe).join('；')}
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">改为</span>
                {r.add.map(describe).join('；')}
              </p>
              <p className="muted small">
                {formatShort(r.requestedAt)} 提出{r.reason ? `，理由：${r.reason}` : ''}
                {r.note ? `；审批意见：${r.note}` : ''}
              </p>
              {mayDecide && r.status === 'pending' ? (
                <div className="roster-actions">
                  <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => decide(r, 'approve')}>
                    批准
                  </button>
                  <button type="button" className="button button--small" disabled={busy} onClick={() => decide(r, 'reject')}>
                    驳回
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : data && !loading ? (
        <p className="empty">暂无换班申请</p>
      ) : null}
    </section>
  );
}
