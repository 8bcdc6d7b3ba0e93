import { Progress } from 'antd';
import type { ReportRun } from '../../api/reports-types';

/** A run's live progress; the bar's aria values are steps, so a screen reader says "3 of 8" like the text. */
export function ReportProgress({ run }: { run: ReportRun }) {
  if (run.status === 'done') return <Progress percent={100} size="small" status="success" aria-label={`报表进度 ${run.id}`} aria-valuenow={100} />;
  if (run.status === 'failed') return <span className="danger small">{run.errorMessage ?? '生成失败'}</span>;
  const total = run.progressTotal;
  const percent = total ? Math.min(99, Math.floor((run.progressDone / total) * 100)) : 0;
  const text = run.status === 'queued' ? '排队中…' : run.progressMessage ?? (total ? `${run.progressDone} / ${total}` : '生成中…');
  return (
    <div className="report-progress">
      <Progress percent={percent} size="small" status="active" aria-label={`报表进度 ${run.id}`} aria-valuenow={percent} />
      <span className="muted small" role="status">
        {text}
        {run.attempts > 1 ? `（第 ${run.attempts} 次尝试）` : ''}
      </span>
    </div>
  );
}
