import { Button, Checkbox, Input, Tag } from 'antd';
import { useState, type FormEvent } from 'react';
import { DayFilter } from '../../forms/day-filter';
import { FilterSelect } from '../../forms/filter-select';
import {
  CHANNEL_LABELS,
  CHANNELS,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  ORDER_TYPE_LABELS,
  ORDER_TYPES,
  URGENCIES,
  URGENCY_LABELS,
  type OrderStatus,
} from '@app/orders/domain/order-status';
import { emptyFilters, queueFilterTags, SORT_OPTIONS, type OrderListFilters } from './order-list-filters';
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

  return (
    <form className="panel filters" role="search" aria-label="工单筛选" onSubmit={search}>
      <div className="filters__row">
        <div className="field field--grow">
          <label htmlFor="f-q">关键词</label>
          <Input id="f-q" type="search" allowClear placeholder="诉求内容、地址或工单编号" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
        <Button
          onClick={() => {
            setQ('');
            onChange(emptyFilters(defaults));
          }}
        >
          重置
        </Button>
      </div>
      <fieldset className="filters__statuses">
        <legend>状态</legend>
        <Checkbox.Group<OrderStatus>
          value={filters.status}
          options={ORDER_STATUSES.map((status) => ({ value: status, label: ORDER_STATUS_LABELS[status] }))}
          onChange={(status) => set({ status })}
        />
      </fieldset>
      <div className="filters__row filters__row--wrap">
        <FilterSelect id="f-type" label="诉求类型" value={filters.type} options={ORDER_TYPES.map((type) => ({ value: type, label: ORDER_TYPE_LABELS[type] }))} onChange={(type) => set({ type })} />
        <FilterSelect id="f-channel" label="来源渠道" value={filters.channel} options={CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }))} onChange={(channel) => set({ channel })} />
        <FilterSelect id="f-urgency" label="紧急程度" value={filters.urgency} options={URGENCIES.map((urgency) => ({ value: urgency, label: URGENCY_LABELS[urgency] }))} onChange={(urgency) => set({ urgency })} />
        <FilterSelect
          id="f-category"
          label="问题分类"
          searchable
          value={filters.category}
          options={[...directory.categories]
            .sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'))
            // A level-1 or level-2 entry selects everything under it; typing matches the whole path.
            .map((category) => ({ value: category.path, label: '\u3000'.repeat(category.level - 1) + category.name, search: category.path }))}
          onChange={(category) => set({ category })}
        />
        <FilterSelect id="f-community" label="所属社区" searchable value={filters.communityId} options={directory.communities.map((c) => ({ value: c.id, label: c.name }))} onChange={(communityId) => set({ communityId })} />
        <FilterSelect id="f-unit" label="承办单位" searchable value={filters.unitId} options={directory.units.map((u) => ({ value: u.id, label: u.name }))} onChange={(unitId) => set({ unitId })} />
        <FilterSelect<Exclude<OrderListFilters['overdue'], ''>>
          id="f-overdue"
          label="超期"
          value={filters.overdue}
          options={[
            { value: 'true', label: '已超期（任一时限）' },
            ...ORDER_CLOCKS.map((clock) => ({ value: clock, label: `超期：${ORDER_CLOCK_LABELS[clock]}` })),
            { value: 'false', label: '未超期' },
          ]}
          onChange={(overdue) => set({ overdue })}
        />
        <DayFilter id="f-from" label="来电日期起" value={filters.fromDay} onChange={(fromDay) => set({ fromDay })} />
        <DayFilter id="f-to" label="来电日期止" value={filters.toDay} onChange={(toDay) => set({ toDay })} />
        <FilterSelect
          id="f-sort"
          label="排序"
          clearable={false}
          value={filters.sort}
          options={SORT_OPTIONS}
          onChange={(sort) => onChange({ ...filters, sort: sort || '-receivedAt', page: 1 })}
        />
      </div>
      {queueFilterTags(filters, (clock) => ORDER_CLOCK_LABELS[clock]).length > 0 ? (
        <div className="filters__row" aria-label="队列筛选">
          {queueFilterTags(filters, (clock) => ORDER_CLOCK_LABELS[clock]).map((tag) => (
            <Tag key={tag.key} color="blue" closable closeIcon={<span aria-label={`取消筛选：${tag.label}`}>×</span>} onClose={() => set({ [tag.key]: '' })}>
              {tag.label}
            </Tag>
          ))}
        </div>
      ) : null}
      {directory.error ? <p className="muted small">{directory.error}</p> : null}
    </form>
  );
}
