import type { ImportDetail } from '../../api/intake-types';
import type { ImportProgress } from './use-import';

/**
 * 导入进度: rows done out of rows in the file. The live event is newer than the detail while the job runs; once
 * finished, the detail is the truth. `<progress>` is announced by screen readers with its label.
 */
export function ImportProgressBar({ detail, progress }: { detail: ImportDetail; progress: ImportProgress | null }) {
  const finished = detail.status === 'done' || detail.status === 'failed';
  const done = finished ? detail.processed : Math.max(detail.processed, progress?.done ?? 0);
  const total = detail.total ?? progress?.total ?? null;
  const text = detail.status === 'queued' && !progress ? '排队中，等待后台处理…' : total !== null ? `已处理 ${done} / ${total} 行` : `已处理 ${done} 行`;
  return (
    <div className="import-progress">
      <label htmlFor={`import-progress-${detail.id}`}>导入进度</label>
      {/* Without max/value the bar is indeterminate: the job has not counted the rows yet. */}
      {total !== null ? (
        <progress id={`import-progress-${detail.id}`} max={Math.max(total, 1)} value={done} />
      ) : (
        <progress id={`import-progress-${detail.id}`} />
      )}
      <span className="import-progress__text" role="status">
        {text}
      </span>
    </div>
  );
}
