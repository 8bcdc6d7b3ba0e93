import { Alert } from 'antd';
import { useMemo } from 'react';
import { useCurrentUser } from '../../auth/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatClock } from '../../lib/shanghai-time';
import { navigate, usePathname, useSearch } from '../../routing/history';
import { Link } from '../../routing/link';
import { OrderFilterBar } from './order-filter-bar';
import { filtersFromSearch, filtersToSearch, PAGE_SIZE, toApiQuery, type OrderListFilters } from './order-list-filters';
import { OrderTable } from './order-table';
import { useDirectory } from './use-directory';
import { useOrderList } from './use-order-list';

interface OrderListPageProps {
  title: string;
  /** What the page is for, one line under the title. */
  intro?: string;
  /** The queue's own filters (e.g. 调度: the states the desk must act on); the user can still change them. */
  defaults?: Partial<OrderListFilters>;
}

/** 工单列表 and the queues built on it: filters in the URL, one page at a time, refreshed by realtime events. */
export function OrderListPage({ title, intro, defaults = {} }: OrderListPageProps) {
  useDocumentTitle(title);
  const user = useCurrentUser();
  const pathname = usePathname();
  const search = useSearch();
  const directory = useDirectory();
  const defaultsKey = JSON.stringify(defaults);
  const filters = useMemo(() => filtersFromSearch(search, JSON.parse(defaultsKey)), [search, defaultsKey]);
  const { list, loading, error, liveRefreshAt } = useOrderList(toApiQuery(filters));

  const change = (next: OrderListFilters) => navigate(pathname + filtersToSearch(next, defaults), { replace: true });

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">{title}</h1>
        {user.permissions.includes('order.create') ? (
          <Link to="/orders/new" className="button button--primary">
            新建工单
          </Link>
        ) : null}
      </div>
      {intro ? <p className="muted">{intro}</p> : null}
      <OrderFilterBar key={search} filters={filters} defaults={defaults} directory={directory} onChange={change} />
      <section className="panel" aria-labelledby="order-list-title" aria-busy={loading}>
        <div className="panel__header">
          <h2 id="order-list-title">查询结果</h2>
          <span className="muted small" role="status">
            {loading ? '正在加载…' : liveRefreshAt ? `已根据实时消息自动更新（${formatClock(new Date(liveRefreshAt).toISOString())}）` : ''}
          </span>
        </div>
        {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
        {list || loading ? (
          <OrderTable
            items={list?.items ?? []}
            loading={loading}
            emptyText="没有符合条件的工单"
            paging={{
              page: list?.page ?? filters.page,
              pageSize: list?.pageSize ?? PAGE_SIZE,
              total: list?.total ?? 0,
              sort: filters.sort,
              onChange: (page, sort) => change({ ...filters, page, sort }),
            }}
          />
        ) : null}
      </section>
    </section>
  );
}

/** 工单: every order the user may see. */
export function AllOrdersPage() {
  return <OrderListPage title="工单" intro="按状态、类型、社区、承办单位、时限等筛选和查找工单。" />;
}

/** The states in which the desk owes the next step: sign, dispatch, follow up, the platform's return decision. */
const DISPATCH_QUEUE: Partial<OrderListFilters> = { status: ['new', 'signed', 'dispatched', 'return_pending'] };

/** 调度: the supervisors' queue. */
export function DispatchQueuePage() {
  return <OrderListPage title="调度" intro="待签收、待派单、办理中和退单审核中的工单。" defaults={DISPATCH_QUEUE} />;
}
