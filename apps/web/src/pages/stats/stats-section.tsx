import { Alert, Empty, Skeleton, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { StatsLoad } from './use-stats';

interface StatsSectionProps<T> {
  /** The heading's id: the section is a region named by its heading (tests and screen readers find it by name). */
  id: string;
  title: string;
  extra?: ReactNode;
  load: StatsLoad<T>;
  /** Nothing to show for the period: an antd Empty says so instead of empty axes. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
  className?: string;
}

/**
 * One panel of the 统计 page with its three other states: a skeleton while the first answer loads, a spinner over the
 * previous figures while a new period loads, the server's Chinese message when it refuses, and 本期暂无工单.
 */
export function StatsSection<T>({ id, title, extra, load, isEmpty, emptyText = '本期暂无工单', children, className }: StatsSectionProps<T>) {
  const { data, error, loading } = load;
  let body: ReactNode;
  if (error) body = <Alert className="alert" type="error" showIcon title={error} />;
  else if (!data) body = <Skeleton active paragraph={{ rows: 4 }} />;
  else if (isEmpty?.(data)) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  else body = children(data);
  return (
    <section className={`panel stats-section ${className ?? ''}`.trim()} aria-labelledby={id} aria-busy={loading}>
      <div className="panel__header">
        <h2 id={id}>{title}</h2>
        {extra}
      </div>
      <Spin spinning={loading && !!data && !error}>{body}</Spin>
    </section>
  );
}
