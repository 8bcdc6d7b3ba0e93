import { Alert, Button, Space, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { decideSwap, listSwaps } from '../../api/roster-client';
import type { StoredAssignment, SwapRequest } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { shortDate } from './roster-dates';
import { RosterNotice, type RosterNoticeValue } from './roster-notice';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';
import { violationsOf } from './violation-list';

interface SwapListPanelProps {
  reference: RosterReference;
  refreshKey: number;
  /** roster.swap.decide: 批准 / 驳回 buttons. */
  mayDecide: boolean;
}

const STATUS_COLORS: Record<SwapRequest['status'], string> = { pending: 'warning', approved: 'success', rejected: 'default' };

/** 换班申请: pending first. Approval is checked again by the server (the roster may have changed since). */
export function SwapListPanel({ reference, refreshKey, mayDecide }: SwapListPanelProps) {
  const [generation, setGeneration] = useState(0);
  const { data, error, loading } = useLoad(`swaps:${refreshKey}:${generation}`, (signal) => listSwaps(api, undefined, signal), '换班申请加载失败');
  const [notice, setNotice] = useState<RosterNoticeValue | null>(null);
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

  const columns: TableProps<SwapRequest>['columns'] = [
    { key: 'status', title: '状态', render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{r.statusLabel}</Tag> },
    { key: 'kind', title: '类型', render: (_, r) => (r.kind === 'swap' ? '换班' : '代班') },
    {
      key: 'change',
      title: '变更',
      className: 'table__content',
      render: (_, r) => (
        <>
          {r.remove.map(describe).join('；')}
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">改为</span>
          {r.add.map(describe).join('；')}
        </>
      ),
    },
    { key: 'requestedAt', title: '提出时间', sorter: (a, b) => a.requestedAt.localeCompare(b.requestedAt), render: (_, r) => formatShort(r.requestedAt) },
    {
      key: 'reason',
      title: '理由与审批意见',
      className: 'table__content',
      render: (_, r) => [r.reason ? `理由：${r.reason}` : null, r.note ? `审批意见：${r.note}` : null].filter(Boolean).join('；') || '—',
    },
    ...(mayDecide
      ? [
          {
            key: 'actions',
            title: '审批',
            render: (_: unknown, r: SwapRequest) =>
              r.status === 'pending' ? (
                <Space size="small">
                  <Button size="small" type="primary" disabled={busy} onClick={() => decide(r, 'approve')}>
                    批准
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => decide(r, 'reject')}>
                    驳回
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <section className="panel" aria-labelledby="swap-list-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="swap-list-title">换班与代班申请</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <RosterNotice notice={notice} />
      <ListTable<SwapRequest> labelledBy="swap-list-title" rowKey="id" columns={columns} rows={items} loading={loading && !data} emptyText="暂无换班申请" />
    </section>
  );
}
