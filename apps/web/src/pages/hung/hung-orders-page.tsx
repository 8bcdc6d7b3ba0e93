import { Alert, Radio } from 'antd';
import type { HungOrdersQuery } from '../../api/review-types';
import { useDocumentTitle } from '../../lib/use-document-title';
import { navigate, usePathname, useSearch } from '../../routing/history';
import { HungOrdersTable } from './hung-orders-table';
import { useHungOrders } from './use-hung-orders';

const PAGE_SIZE = 50;
type ProgressFilter = '' | 'true' | 'false';
const PROGRESS_OPTIONS: { value: ProgressFilter; label: string }[] = [
  { value: '', label: '全部' },
  { value: 'true', label: '逾期未报进展' },
  { value: 'false', label: '未逾期' },
];

/** The filter lives in the query string, like the order list's, so a filtered view can be bookmarked. */
function queryOf(search: string): { progress: ProgressFilter; page: number } {
  const params = new URLSearchParams(search);
  const raw = params.get('progressOverdue');
  const progress: ProgressFilter = raw === 'true' || raw === 'false' ? raw : '';
  return { progress, page: Math.max(1, Number(params.get('page')) || 1) };
}

function searchOf(progress: ProgressFilter, page: number): string {
  const params = new URLSearchParams();
  if (progress) params.set('progressOverdue', progress);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** 挂账: orders kept open on a plan (DESIGN §3 hang), with those past their progress date marked. */
export function HungOrdersPage() {
  useDocumentTitle('挂账');
  const pathname = usePathname();
  const { progress, page } = queryOf(useSearch());
  const query: HungOrdersQuery = { page, pageSize: PAGE_SIZE, progressOverdue: progress ? progress === 'true' : undefined };
  const { list, loading, error } = useHungOrders(query);
  const go = (nextProgress: ProgressFilter, nextPage: number) => navigate(pathname + searchOf(nextProgress, nextPage), { replace: true });

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">挂账</h1>
      </div>
      <p className="muted">挂账工单仍按未办结计；到了下次进展时间仍未报进展的，标为「逾期未报进展」。</p>
      <div className="filters__row">
        <div className="field">
          <span id="hung-progress-label" className="field__label">
            进展情况
          </span>
          <Radio.Group
            aria-labelledby="hung-progress-label"
            optionType="button"
            value={progress}
            options={PROGRESS_OPTIONS}
            onChange={(event) => go(event.target.value as ProgressFilter, 1)}
          />
        </div>
      </div>
      <section className="panel" aria-labelledby="hung-list-title" aria-busy={loading}>
        <div className="panel__header">
          <h2 id="hung-list-title">挂账工单</h2>
          <span className="muted small" role="status">
            {loading ? '正在加载…' : ''}
          </span>
        </div>
        {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
        {list || loading ? (
          <HungOrdersTable
            items={list?.items ?? []}
            loading={loading}
            paging={{ page: list?.page ?? page, pageSize: list?.pageSize ?? PAGE_SIZE, total: list?.total ?? 0, onPage: (p) => go(progress, p) }}
          />
        ) : null}
      </section>
    </section>
  );
}
