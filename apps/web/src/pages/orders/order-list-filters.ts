import type { OrderListQuery, OrderSort } from '../../api/order-types';
import { beijingDayStart } from '../../lib/beijing-input';
import { CHANNELS, isOneOf, ORDER_STATUSES, ORDER_TYPES, URGENCIES, type Channel, type OrderStatus, type OrderType, type Urgency } from '@app/orders/domain/order-status';
import { ORDER_CLOCKS, type OrderClock } from '@app/orders/domain/order-effects';

/** The list's filters as the user set them; kept in the URL's query string (bookmarkable, back button undoes). */
export interface OrderListFilters {
  status: OrderStatus[];
  type: OrderType | '';
  urgency: Urgency | '';
  channel: Channel | '';
  category: string;
  communityId: string;
  unitId: string;
  /** Any clock past due (`true`), none (`false`), or one named clock past due (超期 says which, DESIGN §4). */
  overdue: '' | 'true' | 'false' | OrderClock;
  /** The home pages' queues (临近时限, 待联系, 待接收, 驳回重办, 延期待审批): shown as closable tags above the list. */
  nearDue: '' | 'true' | OrderClock;
  runningClock: '' | OrderClock;
  acknowledged: '' | 'true' | 'false';
  reworked: '' | 'true';
  extensionPending: '' | 'true';
  q: string;
  /** Beijing calendar days (`2026-11-25`), inclusive. */
  fromDay: string;
  toDay: string;
  sort: OrderSort;
  page: number;
}

export const SORT_OPTIONS: readonly { value: OrderSort; label: string }[] = [
  { value: '-receivedAt', label: '来电时间（新→旧）' },
  { value: 'receivedAt', label: '来电时间（旧→新）' },
  { value: 'unitDueAt', label: '承办时限（紧→松）' },
  { value: 'upstreamDueAt', label: '平台时限（紧→松）' },
  { value: '-updatedAt', label: '最近更新' },
];

export const PAGE_SIZE = 20;

export function emptyFilters(defaults: Partial<OrderListFilters> = {}): OrderListFilters {
  return {
    status: [], type: '', urgency: '', channel: '', category: '', communityId: '', unitId: '', overdue: '',
    nearDue: '', runningClock: '', acknowledged: '', reworked: '', extensionPending: '',
    q: '', fromDay: '', toDay: '', sort: '-receivedAt', page: 1, ...defaults,
  };
}

export function filtersFromSearch(search: string, defaults: Partial<OrderListFilters> = {}): OrderListFilters {
  const params = new URLSearchParams(search);
  const base = emptyFilters(defaults);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    status: params.has('status') ? list('status').filter((s) => isOneOf(ORDER_STATUSES, s)) : base.status,
    type: isOneOf(ORDER_TYPES, params.get('type')) ? (params.get('type') as OrderType) : base.type,
    urgency: isOneOf(URGENCIES, params.get('urgency')) ? (params.get('urgency') as Urgency) : base.urgency,
    channel: isOneOf(CHANNELS, params.get('channel')) ? (params.get('channel') as Channel) : base.channel,
    category: params.get('category') ?? base.category,
    communityId: params.get('communityId') ?? base.communityId,
    unitId: params.get('unitId') ?? base.unitId,
    overdue: isOverdueFilter(params.get('overdue')) ? (params.get('overdue') as OrderListFilters['overdue']) : base.overdue,
    nearDue: params.get('nearDue') === 'true' || isOneOf(ORDER_CLOCKS, params.get('nearDue')) ? (params.get('nearDue') as OrderListFilters['nearDue']) : base.nearDue,
    runningClock: isOneOf(ORDER_CLOCKS, params.get('runningClock')) ? (params.get('runningClock') as OrderClock) : base.runningClock,
    acknowledged: params.get('acknowledged') === 'true' || params.get('acknowledged') === 'false' ? (params.get('acknowledged') as 'true' | 'false') : base.acknowledged,
    reworked: params.get('reworked') === 'true' ? 'true' : base.reworked,
    extensionPending: params.get('extensionPending') === 'true' ? 'true' : base.extensionPending,
    q: params.get('q') ?? base.q,
    fromDay: params.get('from') ?? base.fromDay,
    toDay: params.get('to') ?? base.toDay,
    sort: SORT_OPTIONS.some((option) => option.value === sort) ? (sort as OrderSort) : base.sort,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Only what differs from the defaults goes into the URL, so a plain list has a plain address. */
export function filtersToSearch(filters: OrderListFilters, defaults: Partial<OrderListFilters> = {}): string {
  const base = emptyFilters(defaults);
  const params = new URLSearchParams();
  if (filters.status.join(',') !== base.status.join(',')) params.set('status', filters.status.join(','));
  const plain: [string, string, string][] = [
    ['type', filters.type, base.type],
    ['urgency', filters.urgency, base.urgency],
    ['channel', filters.channel, base.channel],
    ['category', filters.category, base.category],
    ['communityId', filters.communityId, base.communityId],
    ['unitId', filters.unitId, base.unitId],
    ['overdue', filters.overdue, base.overdue],
    ['nearDue', filters.nearDue, base.nearDue],
    ['runningClock', filters.runningClock, base.runningClock],
    ['acknowledged', filters.acknowledged, base.acknowledged],
    ['reworked', filters.reworked, base.reworked],
    ['extensionPending', filters.extensionPending, base.extensionPending],
    ['q', filters.q.trim(), base.q],
    ['from', filters.fromDay, base.fromDay],
    ['to', filters.toDay, base.toDay],
    ['sort', filters.sort, base.sort],
  ];
  for (const [key, value, fallback] of plain) if (value !== fallback) params.set(key, value);
  if (filters.page > 1) params.set('page', String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The api's query: days become Beijing instants, the end day inclusive (the api's `to` is exclusive). */
export function toApiQuery(filters: OrderListFilters): OrderListQuery {
  return {
    page: filters.page,
    pageSize: PAGE_SIZE,
    sort: filters.sort,
    status: filters.status,
    type: filters.type ? [filters.type] : undefined,
    urgency: filters.urgency ? [filters.urgency] : undefined,
    channel: filters.channel ? [filters.channel] : undefined,
    category: filters.category || undefined,
    communityId: filters.communityId || undefined,
    unitId: filters.unitId || undefined,
    overdue: filters.overdue === 'true' ? true : filters.overdue === 'false' ? false : undefined,
    overdueClock: isOneOf(ORDER_CLOCKS, filters.overdue) ? filters.overdue : undefined,
    nearDue: filters.nearDue === 'true' ? true : undefined,
    nearDueClock: isOneOf(ORDER_CLOCKS, filters.nearDue) ? filters.nearDue : undefined,
    runningClock: filters.runningClock || undefined,
    acknowledged: filters.acknowledged === '' ? undefined : filters.acknowledged === 'true',
    reworked: filters.reworked === 'true' ? true : undefined,
    extensionPending: filters.extensionPending === 'true' ? true : undefined,
    q: filters.q.trim() || undefined,
    from: filters.fromDay ? beijingDayStart(filters.fromDay) : undefined,
    to: filters.toDay ? beijingDayStart(filters.toDay, true) : undefined,
  };
}

function isOverdueFilter(value: string | null): boolean {
  return value === 'true' || value === 'false' || isOneOf(ORDER_CLOCKS, value);
}

/** The queue filters in force, each with the words its tag shows. */
export function queueFilterTags(filters: OrderListFilters, clockLabel: (clock: OrderClock) => string): { key: QueueFilterKey; label: string }[] {
  const tags: { key: QueueFilterKey; label: string }[] = [];
  if (filters.nearDue === 'true') tags.push({ key: 'nearDue', label: '临近时限' });
  else if (filters.nearDue) tags.push({ key: 'nearDue', label: `临近时限：${clockLabel(filters.nearDue)}` });
  if (filters.runningClock === 'contact') tags.push({ key: 'runningClock', label: '待联系诉求人' });
  else if (filters.runningClock) tags.push({ key: 'runningClock', label: `计时中：${clockLabel(filters.runningClock)}` });
  if (filters.acknowledged) tags.push({ key: 'acknowledged', label: filters.acknowledged === 'true' ? '已接收' : '待接收' });
  if (filters.reworked) tags.push({ key: 'reworked', label: '驳回重办' });
  if (filters.extensionPending) tags.push({ key: 'extensionPending', label: '延期待审批' });
  return tags;
}

export type QueueFilterKey = 'nearDue' | 'runningClock' | 'acknowledged' | 'reworked' | 'extensionPending';
