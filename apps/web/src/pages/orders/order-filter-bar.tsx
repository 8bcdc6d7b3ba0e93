import { useState, type FormEvent } from 'react';
import {
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  ORDER_TYPE_LABELS,
  ORDER_TYPES,
  URGENCIES,
  URGENCY_LABELS,
  type OrderType,
  type Urgency,
} from '@app/orders/domain/order-status';
import { emptyFilters, SORT_OPTIONS, type OrderListFilters } from './order-list-filters';
import type { Directory } from './use-directory';
import { ORDER_CLOCK_LABELS, ORDER_CLOCKS } from '@app/orders/domain/order-effects';

interface OrderFilterBarProps {
  filters: OrderListFilters;
  defaults: Partial<OrderListFilters>;
  directory: Directory;
  onChange: (filters: OrderListFilters) => void;
}

/**
 * 筛选: selects apply at once; the search box applies on Enter or 查询 (typing should not fire a request per key).
 * Any change goes back to page 1.
 */
export function OrderFilterBar({ filters, defaults, directory, onChange }: OrderFilterBarProps) {
  const [q, setQ] = useState(filters.q);
  const set = (patch: Partial<OrderListFilters>) => onChange({ ...filters, ...patch, page: 1 });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set({ q });
  }

  function toggleStatus(status: (typeof ORDER_STATUSES)[number], on: boolean) {
    set({ status: on ? [...filters.status, status] : filters.status.filter((s) => s !== status) });
  }

  return (
    <form className="panel filters" role="search" aria-label="工单筛选" onSubmit={search}>
      <div className="filters__row">
        <div className="field field--grow">
          <label htmlFor="f-q">关键词</label>
          <input id="f-q" type="search" placeholder="诉求内容、地址或工单编号" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary">
          查询
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setQ('');
            onChange(emptyFilters(defaults));
          }}
        >
          重置
        </button>
      </div>
      <fieldset className="filters__statuses">
        <legend>状态</legend>
        {ORDER_STATUSES.map((status) => (
          <label key={status} className="chip">
            <input type="checkbox" checked={filters.status.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} />
            {ORDER_STATUS_LABELS[status]}
          </label>
        ))}
      </fieldset>
      <div className="filters__row filters__row--wrap">
        <div className="field">
          <label htmlFor="f-type">诉求类型</label>
          <select id="f-type" value={filters.type} onChange={(e) => set({ type: e.target.value as OrderType | '' })}>
            <option value="">全部</option>
            {ORDER_TYPES.map((type) => (
              <option key={type} value={type}>
                {ORDER_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-urgency">紧急程度</label>
          <select id="f-urgency" value={filters.urgency} onChange={(e) => set({ urgency: e.target.value as Urgency | '' })}>
            <option value="">全部</option>
            {URGENCIES.map((urgency) => (
              <option key={urgency} value={urgency}>
                {URGENCY_LABELS[urgency]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-category">问题分类</label>
          <select id="f-category" value={filters.category} onChange={(e) => set({ category: e.target.value })}>
            <option value="">全部</option>
            {[...directory.categories].sort((a, b) => a.path.localeCompare(b.path, 'zh-CN')).map((category) => (
              <option key={category.path} value={category.path}>
                {/* A level-1 or level-2 entry selects everything under it. */}
                {'\u3000'.repeat(category.level - 1) + category.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-community">所属社区</label>
          <select id="f-community" value={filters.communityId} onChange={(e) => set({ communityId: e.target.value })}>
            <option value="">全部</option>
            {directory.communities.map((community) => (
              <option key={community.id} value={community.id}>
                {community.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-unit">承办单位</label>
          <select id="f-unit" value={filters.unitId} onChange={(e) => set({ unitId: e.target.value })}>
            <option value="">全部</option>
            {directory.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-overdue">超期</label>
          <select id="f-overdue" value={filters.overdue} onChange={(e) => set({ overdue: e.target.value as OrderListFilters['overdue'] })}>
            <option value="">全部</option>
            <option value="true">已超期（任一时限）</option>
            {ORDER_CLOCKS.map((clock) => (
              <option key={clock} value={clock}>
                {`超期：${ORDER_CLOCK_LABELS[clock]}`}
              </option>
            ))}
            <option value="false">未超期</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">来电日期起</label>
          <input id="f-from" type="date" value={filters.fromDay} onChange={(e) => set({ fromDay: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="f-to">来电日期止</label>
          <input id="f-to" type="date" value={filters.toDay} onChange={(e) => set({ toDay: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="f-sort">排序</label>
          <select id="f-sort" value={filters.sort} onChange={(e) => onChange({ ...filters, sort: e.target.value as OrderListFilters['sort'], page: 1 })}>
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {directory.error ? <p className="muted small">{directory.error}</p> : null}
    </form>
  );
}
