import { useEffect, useState } from 'react';
import { listReports } from '../../api/reports-client';
import type { ReportRun, ReportRunList } from '../../api/reports-types';
import { api, deskSocket } from '../../services';
import { useApiResource } from '../../ui-kit/use-api-resource';

/** While a run is unfinished and the socket may be down, the list is also read now and then. */
const POLL_MS = 5000;

interface LiveProgress {
  done: number;
  total: number | null;
  message: string | null;
}

/**
 * The street's report runs, newest first, moved forward live: `report.progress` updates a run's bar in place,
 * `report.ready` (and a failure's last progress event) reads the list again for the version and its files.
 */
export function useReportRuns(page: number) {
  const [live, setLive] = useState<Record<string, LiveProgress>>({});
  const [unfinished, setUnfinished] = useState(false);
  const list = useApiResource<ReportRunList>(`reports:${page}`, (signal) => listReports(api, page, signal), {
    failure: '报表列表加载失败',
    pollMs: unfinished ? POLL_MS : undefined,
  });
  const { refreshLive } = list;

  useEffect(() => setUnfinished(Boolean(list.data?.items.some((r) => r.status === 'queued' || r.status === 'running'))), [list.data]);

  useEffect(() => {
    const offProgress = deskSocket.on('report.progress', (p) => {
      setLive((all) => ({ ...all, [p.id]: { done: p.done, total: p.total, message: p.message ?? null } }));
      if (p.total === null && p.message) refreshLive(); // a failure says so without a total
    });
    const offReady = deskSocket.on('report.ready', () => refreshLive());
    return () => {
      offProgress();
      offReady();
    };
  }, [refreshLive]);

  const items: ReportRun[] = (list.data?.items ?? []).map((run) => {
    const p = live[run.id];
    if (!p || run.status === 'done' || run.status === 'failed' || p.done < run.progressDone) return run;
    return { ...run, status: 'running', progressDone: p.done, progressTotal: p.total, progressMessage: p.message };
  });
  return { ...list, items };
}
