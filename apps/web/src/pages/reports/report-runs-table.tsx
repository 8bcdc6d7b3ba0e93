import { Alert, App, Button, Space, Table, Tag, Tooltip, type TableProps } from 'antd';
import { downloadReport } from '../../api/reports-client';
import type { ReportRun, ReportRunList } from '../../api/reports-types';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';
import { serverPagination } from '../../ui-kit/server-pagination';
import { messageOf } from '../../ui-kit/use-api-resource';
import { FORMAT_TEXT, REPORT_KIND_TEXT, REPORT_STATUS_COLOR, REPORT_STATUS_TEXT, fileSize } from './report-labels';
import { ReportProgress } from './report-progress';

interface ReportRunsTableProps {
  items: ReportRun[];
  list: ReportRunList | null;
  error: string | null;
  highlightId: string | null;
  onPage: (page: number) => void;
}

/** 报表版本: every run with its version, who asked and when, its progress, and its files with size and checksum. */
export function ReportRunsTable({ items, list, error, highlightId, onPage }: ReportRunsTableProps) {
  const { notification } = App.useApp();
  const save = (run: ReportRun, file: ReportRun['files'][number]) =>
    downloadReport(api, run, file).catch((e: unknown) => notification.error({ title: '下载失败', description: messageOf(e) }));

  const columns: TableProps<ReportRun>['columns'] = [
    { key: 'kind', title: '报表', render: (_, run) => REPORT_KIND_TEXT[run.kind] },
    { key: 'period', title: '周期', render: (_, run) => run.periodLabel },
    {
      key: 'version',
      title: '版本',
      render: (_, run) => (
        <Space size={4}>
          {run.version ? `第 ${run.version} 版` : '—'}
          {run.kind !== 'monthly-ledger' ? null : run.masked ? <Tag>脱敏</Tag> : <Tag color="orange">含个人信息</Tag>}
        </Space>
      ),
    },
    {
      key: 'status',
      title: '状态',
      width: 260,
      render: (_, run) => (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Tag color={REPORT_STATUS_COLOR[run.status]}>{REPORT_STATUS_TEXT[run.status]}</Tag>
          <ReportProgress run={run} />
        </Space>
      ),
    },
    { key: 'by', title: '生成人', render: (_, run) => run.requestedByName ?? '定时任务' },
    { key: 'at', title: '请求时间', render: (_, run) => <time dateTime={run.requestedAt}>{formatFull(run.requestedAt)}</time> },
    { key: 'finished', title: '完成时间', render: (_, run) => (run.finishedAt && run.status === 'done' ? <time dateTime={run.finishedAt}>{formatFull(run.finishedAt)}</time> : '') },
    {
      key: 'files',
      title: '文件',
      render: (_, run) =>
        run.status === 'done' ? (
          <Space wrap>
            {run.files.map((file) => (
              <Tooltip key={file.format} title={`SHA-256 ${file.sha256}`}>
                <Button size="small" onClick={() => void save(run, file)} aria-label={`下载 ${REPORT_KIND_TEXT[run.kind]} ${run.periodLabel} 第${run.version}版 ${FORMAT_TEXT[file.format]}`}>
                  {FORMAT_TEXT[file.format]}（{fileSize(file.size)}）
                </Button>
              </Tooltip>
            ))}
          </Space>
        ) : null,
    },
  ];

  return (
    <section className="panel" aria-labelledby="report-runs-title">
      <div className="panel__header">
        <h2 id="report-runs-title">报表版本</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <Table<ReportRun>
        aria-labelledby="report-runs-title"
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={items}
        loading={!list && !error}
        rowClassName={(run) => (run.id === highlightId ? 'row--highlight' : '')}
        pagination={list ? serverPagination(list, onPage) : false}
        locale={{ emptyText: '尚未生成报表' }}
      />
    </section>
  );
}
