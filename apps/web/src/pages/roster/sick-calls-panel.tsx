import { Alert, App, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { coverSickCall, listSickCalls } from '../../api/roster-client';
import type { SickCall } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { shortDate } from './roster-dates';
import { RosterNotice, type RosterNoticeValue } from './roster-notice';
import { SickCallCover, SickCallGaps, sickCallStatusTag } from './sick-call-card';
import { ListTable } from '../../ui-kit/list-table';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';
import { violationsOf } from './violation-list';

interface SickCallsPanelProps {
  reference: RosterReference;
  refreshKey: number;
  /** roster.manage: may assign a replacement. */
  mayCover: boolean;
}

/** 病假与顶班: open sick calls first, with their gaps and ranked replacements; a supervisor picks one. */
export function SickCallsPanel({ reference, refreshKey, mayCover }: SickCallsPanelProps) {
  const [generation, setGeneration] = useState(0);
  const { data, error, loading } = useLoad(`sick:${refreshKey}:${generation}`, (signal) => listSickCalls(api, undefined, signal), '病假记录加载失败');
  const [notice, setNotice] = useState<RosterNoticeValue | null>(null);
  const [busy, setBusy] = useState(false);
  const { modal } = App.useApp();
  const items = [...(data?.items ?? [])].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));

  async function cover(call: SickCall, staffCode: string) {
    setBusy(true);
    setNotice(null);
    try {
      await coverSickCall(api, call.id, call.version, staffCode);
      setNotice({ tone: 'info', text: `已安排 ${reference.staffName(staffCode)} 顶班，排班已更新。` });
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e), violations: e instanceof ApiError ? violationsOf(e.details) : [] });
    } finally {
      setBusy(false);
      setGeneration((g) => g + 1);
    }
  }

  // The replacement's published roster changes and they are told: named once more before it happens.
  const confirmCover = (call: SickCall, staffCode: string) =>
    modal.confirm({
      title: `安排 ${reference.staffName(staffCode)} 顶班？`,
      content: `顶替 ${reference.staffName(call.staffCode)} ${shortDate(call.date)} ${reference.shiftName(call.shiftCode)}；已发布的排班随即更新并通知本人。`,
      okText: '确认安排',
      cancelText: '取消',
      onOk: () => cover(call, staffCode),
    });

  const columns: TableProps<SickCall>['columns'] = [
    { key: 'status', title: '状态', render: (_, c) => sickCallStatusTag(c) },
    { key: 'staff', title: '人员', render: (_, c) => reference.staffName(c.staffCode) },
    { key: 'shift', title: '班次', sorter: (a, b) => a.date.localeCompare(b.date), render: (_, c) => `${shortDate(c.date)} ${reference.shiftName(c.shiftCode)}` },
    { key: 'reportedAt', title: '报告时间', sorter: (a, b) => a.reportedAt.localeCompare(b.reportedAt), render: (_, c) => formatShort(c.reportedAt) },
    { key: 'gaps', title: '缺口', render: (_, c) => <SickCallGaps call={c} /> },
    { key: 'cover', title: '顶班', render: (_, c) => <SickCallCover call={c} reference={reference} onCover={mayCover ? confirmCover : undefined} busy={busy} /> },
  ];

  return (
    <section className="panel" aria-labelledby="sick-calls-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="sick-calls-title">病假与顶班</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <RosterNotice notice={notice} />
      <ListTable<SickCall> labelledBy="sick-calls-title" rowKey="id" columns={columns} rows={items} loading={loading && !data} emptyText="暂无病假记录" />
    </section>
  );
}
