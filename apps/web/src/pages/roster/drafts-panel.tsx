import { Alert, App, Button, Empty, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { checkRoster, copyRoster, getRoster, listRosters, publishRoster } from '../../api/roster-client';
import type { RosterDetail, RosterSummary } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { MonthSwitcher } from './month-switcher';
import { monthLabel } from './roster-dates';
import { METHOD_LABELS } from './roster-labels';
import { RosterMonthGrid } from './roster-month-grid';
import { RosterNotice, type RosterNoticeValue } from './roster-notice';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';
import { violationsOf } from './violation-list';

interface DraftsPanelProps {
  month: string;
  thisMonth: string;
  today: string;
  reference: RosterReference;
  refreshKey: number;
  onMonth: (month: string) => void;
}

const STATUS_COLORS: Record<RosterSummary['status'], string> = { draft: 'warning', published: 'success', superseded: 'default' };

/**
 * Every version of a month (草稿, 已发布, 已被替换): look at a draft, have the checker judge it, publish it. The
 * server refuses to publish while the checker finds a violation, and the refusal lists them here.
 */
export function DraftsPanel({ month, thisMonth, today, reference, refreshKey, onMonth }: DraftsPanelProps) {
  const [generation, setGeneration] = useState(0);
  const { data, error, loading } = useLoad(`rosters:${month}:${refreshKey}:${generation}`, (signal) => listRosters(api, month, signal), '排班版本加载失败');
  const [notice, setNotice] = useState<RosterNoticeValue | null>(null);
  const [viewing, setViewing] = useState<RosterDetail | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { modal } = App.useApp();
  const reload = () => setGeneration((g) => g + 1);

  async function act(roster: RosterSummary, work: () => Promise<RosterNoticeValue | null>) {
    setBusy(roster.id);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      const details = error instanceof ApiError ? error.details : {};
      setNotice({ tone: 'error', text: messageOf(error), violations: violationsOf(details) });
      // A conflict means someone else changed or published it: show the list as it is now.
      if (error instanceof ApiError && error.status === 409) reload();
    } finally {
      setBusy(null);
    }
  }

  const check = (roster: RosterSummary) =>
    act(roster, async () => {
      const result = await checkRoster(api, roster.id);
      return result.valid
        ? { tone: 'info', text: `第 ${roster.revision} 版校验通过，没有违反硬性规则。` }
        : { tone: 'error', text: `第 ${roster.revision} 版有 ${result.violations.length} 处违反硬性规则：`, violations: result.violations };
    });

  const publish = (roster: RosterSummary) =>
    act(roster, async () => {
      await publishRoster(api, roster.id, roster.version);
      reload();
      // The grid open below names its version's status: read it again so it no longer says 草稿 (or 已发布 for the one replaced).
      if (viewing) setViewing(await getRoster(api, viewing.id));
      return { tone: 'info', text: `${monthLabel(roster.month)}第 ${roster.revision} 版已发布，排班人员已收到通知。` };
    });

  // Publishing replaces the month's roster and notifies everyone on it: asked once more, saying exactly that.
  const confirmPublish = (roster: RosterSummary) =>
    act(roster, async () => {
      const detail = await getRoster(api, roster.id);
      const current = data?.items.find((r) => r.status === 'published');
      const people = new Set(detail.assignments.map((a) => a.staffCode)).size;
      modal.confirm({
        title: `发布${monthLabel(roster.month)}第 ${roster.revision} 版？`,
        content: (
          <ul className="roster-confirm">
            <li>
              {current ? `替换当前已发布的第 ${current.revision} 版（改为“已被替换”）` : `${monthLabel(roster.month)}还没有已发布的排班，发布后即以此版为准`}，共{' '}
              {detail.assignments.length} 个班次。
            </li>
            <li>排班中的 {people} 名人员和值班长会收到通知，“我的班次”和考勤随之更新。</li>
          </ul>
        ),
        okText: '确认发布',
        cancelText: '取消',
        onOk: () => publish(roster),
      });
      return null;
    });

  const copy = (roster: RosterSummary) =>
    act(roster, async () => {
      const draft = await copyRoster(api, roster.id);
      reload();
      return { tone: 'info', text: `已复制为草稿第 ${draft.revision} 版。` };
    });

  const view = (roster: RosterSummary) =>
    act(roster, async () => {
      setViewing(viewing?.id === roster.id ? null : await getRoster(api, roster.id));
      return null;
    });

  const columns: TableProps<RosterSummary>['columns'] = [
    { key: 'revision', title: '版本', sorter: (a, b) => a.revision - b.revision, render: (_, r) => `第 ${r.revision} 版` },
    { key: 'status', title: '状态', render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{r.statusLabel}</Tag> },
    { key: 'source', title: '来源', render: (_, r) => METHOD_LABELS[r.source] ?? r.source },
    { key: 'updatedAt', title: '更新时间', render: (_, r) => (r.updatedAt ? formatShort(r.updatedAt) : '—') },
    {
      key: 'actions',
      title: '操作',
      render: (_, r) => (
        <Space size="small" wrap>
          <Button size="small" disabled={busy !== null} onClick={() => view(r)} aria-label={`查看第 ${r.revision} 版`}>
            {viewing?.id === r.id ? '收起' : '查看'}
          </Button>
          <Button size="small" disabled={busy !== null} onClick={() => check(r)} aria-label={`校验第 ${r.revision} 版`}>
            校验
          </Button>
          {r.status === 'draft' ? (
            <Button size="small" type="primary" disabled={busy !== null} onClick={() => confirmPublish(r)} aria-label={`发布第 ${r.revision} 版`}>
              发布
            </Button>
          ) : (
            <Button size="small" disabled={busy !== null} onClick={() => copy(r)} aria-label={`复制第 ${r.revision} 版为草稿`}>
              复制为草稿
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="roster-drafts-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="roster-drafts-title">排班版本（草稿与发布）</h2>
      </div>
      <MonthSwitcher month={month} thisMonth={thisMonth} onChange={onMonth} />
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <RosterNotice notice={notice} violationsLabel="违反的硬性规则" />
      <Table<RosterSummary>
        aria-label={`${monthLabel(month)}排班版本`}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading && !data}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${monthLabel(month)}还没有排班，可在上方生成。`} /> }}
      />
      {viewing && viewing.month === month ? (
        <RosterMonthGrid month={month} assignments={viewing.assignments} reference={reference} today={today} title={`${viewing.statusLabel} 第 ${viewing.revision} 版`} />
      ) : null}
    </section>
  );
}
