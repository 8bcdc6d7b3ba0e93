import { Empty, Table, Tag, type TableProps } from 'antd';
import { checklistLabel } from '@app/orders/domain/review-checklist';
import type { ReviewRecord, ReviewRound, SuggestedVerdict } from '../../api/review-types';
import { formatShort } from '../../lib/shanghai-time';

type Row = ReviewRecord & { key: string };

/**
 * 审核记录: the earlier decisions on this order (a reply sent back and answered again is judged again), newest first,
 * so the reviewer sees what was asked for last time before judging the new reply.
 */
export function ReviewHistoryPanel({ rounds, checklist }: { rounds: readonly ReviewRound[]; checklist: readonly SuggestedVerdict[] }) {
  const rows: Row[] = rounds
    .flatMap((round) => round.reviews)
    .map((review) => ({ ...review, key: `${review.round}-${review.attempt}` }))
    .sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt));
  const labelOf = (item: string) => checklist.find((c) => c.item === item)?.label ?? checklistLabel(item);

  const columns: TableProps<Row>['columns'] = [
    { key: 'attempt', title: '轮次', render: (_, r) => `第 ${r.round} 轮第 ${r.attempt} 次` },
    {
      key: 'reviewedAt',
      title: '审核时间',
      sorter: (a, b) => a.reviewedAt.localeCompare(b.reviewedAt),
      render: (_, r) => <time dateTime={r.reviewedAt}>{formatShort(r.reviewedAt)}</time>,
    },
    { key: 'verdict', title: '结论', render: (_, r) => (r.verdict === 'approved' ? <Tag color="success">通过</Tag> : <Tag color="error">驳回</Tag>) },
    { key: 'failed', title: '未通过项', render: (_, r) => (r.failedItems.length ? r.failedItems.map(labelOf).join('、') : '—') },
    { key: 'comment', title: '审核意见', className: 'table__content', render: (_, r) => r.comment || '—' },
  ];

  return (
    <section className="panel" aria-labelledby="review-history-title">
      <div className="panel__header">
        <h2 id="review-history-title">审核记录</h2>
      </div>
      <Table<Row>
        aria-labelledby="review-history-title"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该工单尚无初审记录" /> }}
      />
    </section>
  );
}
