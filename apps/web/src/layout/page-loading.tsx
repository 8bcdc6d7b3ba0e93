import { Spin } from 'antd';

/** Shown while a page's chunk downloads (usually a blink; longer on a slow street-office line). */
export function PageLoading() {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin description="正在打开页面…" size="large">
        <div className="page-loading__space" />
      </Spin>
    </div>
  );
}
