import { useState } from 'react';
import { useCurrentUser } from '../../auth/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ReportRequestForm } from './report-request-form';
import { ReportRunsTable } from './report-runs-table';
import { ReportSchedulesPanel } from './report-schedules-panel';
import { useReportRuns } from './use-report-runs';

/**
 * 报表: the monthly ledger, the analysis report and the fee confirmation — generate one for a period, watch it
 * run, download any version. Every figure in them comes from the same statistics as the 统计 page.
 */
export function ReportsPage() {
  useDocumentTitle('报表');
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const [lastQueued, setLastQueued] = useState<string | null>(null);
  const runs = useReportRuns(page);
  const canGenerate = user.permissions.includes('report.generate');

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">报表</h1>
      </div>
      <p className="muted">月度工单台账、民意分析报告与费用确认单。生成在后台进行，完成后成为该周期的新版本，旧版本保留可下载。</p>
      {canGenerate ? (
        <ReportRequestForm
          canRevealPii={user.permissions.includes('order.pii.reveal')}
          onQueued={(id) => {
            setLastQueued(id);
            setPage(1);
            runs.reload();
          }}
        />
      ) : null}
      <ReportRunsTable items={runs.items} list={runs.data} error={runs.error} highlightId={lastQueued} onPage={setPage} />
      <ReportSchedulesPanel />
    </section>
  );
}
