import { Alert, Button, Space, Table, Typography, message, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { failedJobs, jobSchedules, jobsSummary, retryJob, type JobItem, type JobSchedule, type QueueCounts } from '../../api/jobs-client';
import { formatFull } from '../../lib/shanghai-time';
import { jobLabel } from '../../realtime/job-labels';
import { api } from '../../services';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';

const POLL_MS = 10_000;

const QUEUE_LABELS: Record<string, string> = {
  maintenance: '系统维护', sla: '时限', imports: '导入', roster: '排班', outbox: '对外发送', reports: '报表',
};

const COUNT_COLUMNS: TableColumnsType<QueueCounts> = [
  { key: 'queue', title: '队列', render: (_, q) => QUEUE_LABELS[q.queue] ?? q.queue },
  { key: 'jobs', title: '任务', render: (_, q) => q.jobs.map(jobLabel).join('、') },
  { key: 'waiting', title: '等待', dataIndex: 'waiting' },
  { key: 'active', title: '执行中', dataIndex: 'active' },
  { key: 'delayed', title: '延迟', dataIndex: 'delayed' },
  { key: 'failed', title: '失败', render: (_, q) => (q.failed ? <Typography.Text type="danger">{q.failed}</Typography.Text> : 0) },
  { key: 'completed', title: '已完成', dataIndex: 'completed' },
];

const SCHEDULE_COLUMNS: TableColumnsType<JobSchedule> = [
  { key: 'name', title: '任务', render: (_, s) => jobLabel(s.name) },
  { key: 'pattern', title: '周期', render: (_, s) => <code>{s.pattern ?? (s.everyMs ? `每 ${Math.round(s.everyMs / 1000)} 秒` : '—')}</code> },
  { key: 'next', title: '下次运行', render: (_, s) => (s.nextRunAt ? <time dateTime={s.nextRunAt}>{formatFull(s.nextRunAt)}</time> : '—') },
];

function failedColumns(retry: (job: JobItem) => void, retrying: string | null): TableColumnsType<JobItem> {
  return [
    { key: 'name', title: '任务', render: (_, j) => jobLabel(j.name) },
    { key: 'failedAt', title: '失败时间', render: (_, j) => (j.failedAt ? <time dateTime={j.failedAt}>{formatFull(j.failedAt)}</time> : '—') },
    { key: 'attempts', title: '尝试次数', render: (_, j) => `${j.attempts} / ${j.maxAttempts}` },
    {
      key: 'error',
      title: '错误',
      className: 'table__content',
      render: (_, j) => (
        <details>
          <summary>{j.error ?? '（无错误信息）'}</summary>
          {j.stack ? <pre className="small">{j.stack}</pre> : null}
          <pre className="small">{JSON.stringify(j.payload, null, 2)}</pre>
        </details>
      ),
    },
    {
      key: 'retry',
      title: '操作',
      render: (_, j) => (
        <Button size="small" loading={retrying === j.id} onClick={() => retry(j)} aria-label={`重试 ${jobLabel(j.name)}`}>
          重试
        </Button>
      ),
    },
  ];
}

/** 后台任务 (DESIGN §9): counts per queue, failed jobs with their error and a 重试 button, and the schedules. */
export function JobsPanel() {
  const summary = useApiResource('summary', (signal) => jobsSummary(api, signal), { pollMs: POLL_MS, failure: '任务统计加载失败' });
  const failed = useApiResource('failed', (signal) => failedJobs(api, signal), { pollMs: POLL_MS, failure: '失败任务加载失败' });
  const schedules = useApiResource('schedules', (signal) => jobSchedules(api, signal), { failure: '定时任务加载失败' });
  const [retrying, setRetrying] = useState<string | null>(null);
  const [notice, notices] = message.useMessage();

  const retry = async (job: JobItem) => {
    setRetrying(job.id);
    try {
      await retryJob(api, job.id);
      void notice.success(`已重新排队：${jobLabel(job.name)}`);
    } catch (error) {
      void notice.error(messageOf(error, '重试失败，请稍后再试'));
    } finally {
      setRetrying(null);
      failed.reload();
      summary.reload();
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {notices}
      <section aria-labelledby="jobs-counts-title">
        <h2 id="jobs-counts-title">各队列任务数</h2>
        {summary.error ? <Alert type="error" showIcon title={summary.error} /> : null}
        <ListTable<QueueCounts> labelledBy="jobs-counts-title" rowKey="queue" columns={COUNT_COLUMNS} rows={summary.data?.queues ?? []} loading={summary.loading && !summary.data} emptyText="没有队列" />
      </section>
      <section aria-labelledby="jobs-failed-title">
        <h2 id="jobs-failed-title">失败的任务</h2>
        {failed.error ? <Alert type="error" showIcon title={failed.error} /> : null}
        <Table<JobItem>
          aria-labelledby="jobs-failed-title"
          rowKey="id"
          size="small"
          columns={failedColumns((job) => void retry(job), retrying)}
          dataSource={failed.data?.items ?? []}
          loading={failed.loading && !failed.data}
          pagination={(failed.data?.items.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: '没有失败的任务' }}
        />
      </section>
      <section aria-labelledby="jobs-schedules-title">
        <h2 id="jobs-schedules-title">定时任务</h2>
        {schedules.error ? <Alert type="error" showIcon title={schedules.error} /> : null}
        <ListTable<JobSchedule> labelledBy="jobs-schedules-title" rowKey="name" columns={SCHEDULE_COLUMNS} rows={schedules.data?.items ?? []} loading={schedules.loading && !schedules.data} emptyText="没有定时任务" />
      </section>
    </Space>
  );
}
