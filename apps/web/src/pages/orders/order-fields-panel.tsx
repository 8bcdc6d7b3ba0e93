import { Alert, Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import type { OrderDetail } from '../../api/order-types';
import { formatFull } from '../../lib/shanghai-time';
import { ASSESSMENT_SCOPE_LABELS, CHANNEL_LABELS, ORDER_TYPE_LABELS } from '@app/orders/domain/order-status';
import { Link } from '../../routing/link';
import { HungTag, OverdueTag, StatusTag, UrgencyTag } from './order-tags';
import { PiiReveal } from './pii-reveal';
import { ProvisionalTag } from './provisional-tag';

/** Rows that need the whole width: the citizen (with the reveal form), the address, the category path. */
const WIDE = new Set(['诉求人', '诉求地址', '问题分类']);

/** 工单信息: every field of the order (DESIGN §2), personal data as the server decided the user may see it. */
export function OrderFieldsPanel({ order }: { order: OrderDetail }) {
  const rows: [string, ReactNode][] = [
    ['工单编号', order.upstreamNo ?? order.orderNo ?? <span className="muted">无（手工录入）</span>],
    [
      '状态',
      <span className="tags">
        <StatusTag status={order.status} />
        <OverdueTag overdue={order.overdue} clocks={order.overdueClockLabels} />
        <HungTag hung={order.hung} />
      </span>,
    ],
    ['来源渠道', CHANNEL_LABELS[order.channel] ?? order.channel],
    ['来电时间', formatFull(order.receivedAt)],
    ['诉求人', <PiiReveal order={order} />],
    ['诉求地址', order.address],
    ['所属社区', order.communityName ?? <span className="muted">未识别</span>],
    ['诉求类型', ORDER_TYPE_LABELS[order.type] ?? order.type],
    ['紧急程度', <UrgencyTag urgency={order.urgency} />],
    ['问题分类', order.category ? order.category.split('/').join(' › ') : <span className="muted">未分类</span>],
    ['平台办理时限', order.upstreamDueAt ? formatFull(order.upstreamDueAt) : <span className="muted">平台未给出</span>],
    ['承办时限', order.unitDueAt ? <>{formatFull(order.unitDueAt)}{order.deadlineProvisional ? <ProvisionalTag /> : null}</> : '—'],
    ['主办单位', order.leadUnitName ?? '—'],
    ['协办单位', order.coUnitNames.length ? order.coUnitNames.join('、') : '—'],
    ['考核口径', ASSESSMENT_SCOPE_LABELS[order.assessment] ?? order.assessment],
    ['返工次数', String(order.reworkCount)],
    ['催办次数', String(order.urgeCount)],
    ['标签', order.tags.length ? order.tags.join('、') : '—'],
    ['附件', order.attachments.length ? `${order.attachments.length} 个` : '无'],
    ['主工单', order.duplicateOfId ? <Link to={`/orders/${order.duplicateOfId}`}>查看主工单</Link> : '—'],
    ['录入时间', formatFull(order.createdAt)],
    ['办结时间', order.closedAt ? formatFull(order.closedAt) : '—'],
    ['最后更新', `${formatFull(order.updatedAt)}（版本 ${order.version}）`],
  ];
  const items: DescriptionsProps['items'] = rows.map(([label, value]) => ({ key: label, label, children: value, span: WIDE.has(label) ? 'filled' : 1 }));
  return (
    <section className="panel" aria-labelledby="order-fields-title">
      <div className="panel__header">
        <h2 id="order-fields-title">工单信息</h2>
      </div>
      <div className="order-content">
        <h3 className="order-content__title">诉求内容</h3>
        <p className="order-content__text">{order.content}</p>
      </div>
      <Descriptions className="order-fields" bordered size="small" column={{ xs: 1, lg: 2 }} items={items} />
      {order.hang ? (
        <Alert
          className="alert"
          type="info"
          role="status"
          title={`挂账计划：${order.hang.plan}（下次进展 ${formatFull(order.hang.nextProgressAt)}）${order.hang.note ? `；最新进展：${order.hang.note}` : ''}`}
        />
      ) : null}
      {order.pendingExtension ? (
        <Alert
          className="alert"
          type="info"
          role="status"
          title={`延期申请待审批：申请延至 ${formatFull(order.pendingExtension.newDueAt)}，理由：${order.pendingExtension.reason}${
            order.pendingExtension.beyondUpstreamLimit ? '（超出平台时限，须平台同意）' : ''
          }`}
        />
      ) : null}
    </section>
  );
}
