import { shanghaiClockTimeOf, shanghaiDateOf } from '@app/calendar';

/** How citizens and the desk name an order: the platform's 工单编号, or an internal reference for desk-born orders. */
export function orderReference(order: { upstreamNo: string | null; id: string }): string {
  return order.upstreamNo || `内部-${order.id.slice(0, 8)}`;
}

/** 2026年12月10日 18:00, Beijing time. */
export function chineseDateTime(instant: Date): string {
  const [year, month, day] = shanghaiDateOf(instant).split('-').map(Number);
  return `${year}年${month}月${day}日 ${shanghaiClockTimeOf(instant)}`;
}

/**
 * The Art. 15 notice that an order's time limit was extended. The street signs it (【街道】, as Chinese SMS
 * gateways require a signature) and names the order the way the citizen knows it. No personal data in the text.
 */
export function extensionNoticeText(args: { streetName: string; order: { upstreamNo: string | null; id: string }; dueAt: Date }): string {
  return `【${args.streetName}】您反映的问题（工单号${orderReference(args.order)}）办理时限已延长至${chineseDateTime(args.dueAt)}，我们将尽快办理。`;
}
