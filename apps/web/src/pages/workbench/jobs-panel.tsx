import { Alert, Button, Empty, Statistic } from 'antd';
import { useEffect } from 'react';
import { formatShort } from '../../lib/shanghai-time';
import { jobLabel } from '../../realtime/job-labels';
import { api, deskSocket } from '../../services';
import { listJobs, type JobList, type JobState } from './admin-client';
import { HomeCard } from './home-card';
import { useApiResource } from '../../ui-kit/use-api-resource';

/** The api lists at most this many per state: more shows as "500+". */
const LIMIT = 500;
const STATES: readonly { state: JobState; label: string }[] = [
  { state: 'waiting', label: '等待执行' },
  { state: 'delayed', label: '定时等待' },
  { state: 'active', label: '正在执行' },
  { state: 'failed', label: '失败' },
];
const FAILED_SHOWN = 5;

async function loadJobs(signal: AbortSignal): Promise<JobList[]> {
  return Promise.all(STATES.map(({ state }) => listJobs(api, state, LIMIT, signal)));
}

/** 后台任务: how many jobs wait, run and failed (DESIGN §9), and the latest failures with their errors. */
export function JobsPanel() {
  const { data, error, loading, reload } = useApiResource('jobs', loadJobs, { failure: '后台任务获取失败', pollMs: 60_000 });
  // A job finishing changes the numbers: read again then, not only every minute.
  useEffect(() => deskSocket.on('job.finished', () => reload()), [reload]);
  const failed = data?.[STATES.length - 1].items ?? [];
  return (
    <HomeCard
      id="jobs-title"
      title="后台任务"
      extra={
        <Button size="small" onClick={reload} loading={loading}>
          刷新
        </Button>
      }
    >
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {data ? (
        <>
          <ul className="home-stats">
            {STATES.map(({ state, label }, i) => (
              <li key={state} className={state === 'failed' && data[i].total ? 'home-stats__item home-stats__item--alert' : 'home-stats__item'}>
                <Statistic title={label} value={data[i].total >= LIMIT ? `${LIMIT}+` : data[i].total} />
              </li>
            ))}
          </ul>
          <h3 className="home-card__sub-title">最近失败的任务</h3>
          {failed.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有失败的任务" />
          ) : (
            <ul className="home-list">
              {failed.slice(0, FAILED_SHOWN).map((job) => (
                <li key={job.id} className="home-list__item">
                  <span className="home-list__main">
                    {jobLabel(job.name)}
                    <span className="muted small">
                      {formatShort(job.finishedAt ?? job.createdAt)}，已尝试 {job.attempts} 次
                    </span>
                  </span>
                  {job.error ? <span className="home-list__detail">{job.error}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </HomeCard>
  );
}
