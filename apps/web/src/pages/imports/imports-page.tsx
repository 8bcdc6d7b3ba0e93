import { Alert, Skeleton } from 'antd';
import { useDocumentTitle } from '../../lib/use-document-title';
import { navigate, useSearch } from '../../routing/history';
import { ImportHistory } from './import-history';
import { ImportResult } from './import-result';
import { ImportUpload } from './import-upload';
import { useImport } from './use-import';
import { useImportHistory } from './use-import-history';

/**
 * 导入: upload a 12345 platform export, watch it run, read what became of every row. The import shown is in the
 * address (`?id=`), so a result can be bookmarked or reopened from the history after a reload.
 */
export function ImportsPage() {
  useDocumentTitle('导入');
  const search = useSearch();
  const currentId = new URLSearchParams(search).get('id');
  const history = useImportHistory();
  const reloadHistory = history.reload;
  // The history's counts and status change when the import shown finishes.
  const { detail, progress, error } = useImport(currentId, reloadHistory);

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">导入</h1>
      </div>
      <p className="muted">导入 12345 平台导出的工单：每一行或新建工单、或更新同一工单编号的工单，或在结果中列出行号、列和原因。</p>
      <ImportUpload
        onStarted={(started) => {
          navigate(`/imports?id=${encodeURIComponent(started.id)}`);
          reloadHistory();
        }}
      />
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {currentId && !detail && !error ? (
        <div className="panel" role="status" aria-label="正在加载导入结果">
          <Skeleton active paragraph={{ rows: 3 }} />
        </div>
      ) : null}
      {detail ? <ImportResult detail={detail} progress={progress} /> : null}
      <ImportHistory list={history.list} error={history.error} currentId={currentId} />
    </section>
  );
}
