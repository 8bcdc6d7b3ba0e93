import { Alert, Button, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { downloadImportFile, downloadImportReport } from '../../api/intake-client';
import type { ImportDetail } from '../../api/intake-types';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';
import { ImportErrorTable } from './import-error-table';
import { IMPORT_STATUS_COLORS, IMPORT_STATUS_LABELS, formatBytes } from './import-labels';
import { ImportProgressBar } from './import-progress-bar';
import type { ImportProgress } from './use-import';

const COUNTS: readonly { key: keyof ImportDetail['counts']; label: string }[] = [
  { key: 'created', label: '新建' },
  { key: 'updated', label: '更新' },
  { key: 'unchanged', label: '无变化' },
  { key: 'errors', label: '错误' },
];

/** 导入结果: the file, its progress while running, then the counts, the error rows and the two downloads. */
export function ImportResult({ detail, progress }: { detail: ImportDetail; progress: ImportProgress | null }) {
  const finished = detail.status === 'done' || detail.status === 'failed';
  return (
    <section className="panel" aria-labelledby="import-result-title" aria-busy={!finished}>
      <div className="panel__header">
        <h2 id="import-result-title">导入结果</h2>
        <Tag color={IMPORT_STATUS_COLORS[detail.status]}>{IMPORT_STATUS_LABELS[detail.status]}</Tag>
      </div>
      <p className="muted">
        {detail.fileName}（{formatBytes(detail.fileSize)}
        {detail.encoding ? `，${detail.encoding.toUpperCase()}` : ''}），{detail.uploadedBy ?? '未知'} 上传于 {formatFull(detail.uploadedAt)}
        {detail.finishedAt ? `，完成于 ${formatFull(detail.finishedAt)}` : ''}
      </p>
      <ImportProgressBar detail={detail} progress={progress} />
      {detail.error ? <Alert className="alert" type="error" showIcon title={`整个文件未能导入：${detail.error.message}`} /> : null}
      {detail.status === 'done' ? (
        <>
          <div className="import-counts">
            {COUNTS.map(({ key, label }) => (
              <Statistic
                key={key}
                className={key === 'errors' && detail.counts.errors > 0 ? 'import-counts__item import-counts__item--bad' : 'import-counts__item'}
                title={label}
                value={detail.counts[key]}
              />
            ))}
          </div>
          <h3 id="import-errors-title" className="import-result__sub-title">
            错误行（{detail.errors.length}）
          </h3>
          <ImportErrorTable rows={detail.errors} />
        </>
      ) : null}
      {finished ? <ImportDownloads detail={detail} /> : null}
    </section>
  );
}

function ImportDownloads({ detail }: { detail: ImportDetail }) {
  const [error, setError] = useState<string | null>(null);
  const run = (job: () => Promise<void>) => {
    setError(null);
    job().catch((failure: unknown) => setError(failure instanceof ApiError ? failure.message : '下载失败，请稍后重试'));
  };
  return (
    <div className="import-result__downloads">
      {detail.status === 'done' ? <Button onClick={() => run(() => downloadImportReport(api, detail.id))}>下载结果报告（CSV）</Button> : null}
      <Button onClick={() => run(() => downloadImportFile(api, detail.id, detail.fileName))}>下载原始文件</Button>
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </div>
  );
}
