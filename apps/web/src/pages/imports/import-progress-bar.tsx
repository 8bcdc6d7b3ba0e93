import { Progress } from 'antd';
import type { ImportDetail } from '../../api/intake-types';
import type { ImportProgress } from './use-import';

/**
 * 导入进度: rows done out of rows in the file, as antd's `Progress`. The live event is newer than the detail while
 * the job runs; once finished, the detail is the truth. The bar's aria values are rows, not percent, so a screen
 * reader says "39 of 39" like the text beside it.
 */
export function ImportProgressBar({ detail, progress }: { detail: ImportDetail; progress: ImportProgress | null }) {
  const finished = detail.status === 'done' || detail.status === 'failed';
  const done = finished ? detail.processed : Math.max(detail.processed, progress?.done ?? 0);
  const total = detail.total ?? progress?.total ?? null;
  const text = detail.status === 'queued' && !progress ? '排队中，等待后台处理…' : total !== null ? `已处理 ${done} / ${total} 行` : `已处理 ${done} 行`;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const status = detail.status === 'failed' ? 'exception' : detail.status === 'done' ? 'success' : 'active';
  return (
    <div className="import-progress">
      <span id={`import-progress-${detail.id}-label`}>导入进度</span>
      <Progress
        className="import-progress__bar"
        aria-labelledby={`import-progress-${detail.id}-label`}
        // Before the job has counted the rows the value is unknown, which ARIA says by leaving it out.
        aria-valuenow={total !== null ? done : undefined}
        aria-valuemax={total ?? undefined}
        percent={percent}
        status={status}
        showInfo={false}
      />
      <span className="import-progress__text" role="status">
        {text}
      </span>
    </div>
  );
}
