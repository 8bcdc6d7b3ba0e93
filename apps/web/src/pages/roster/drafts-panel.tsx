import { Alert, App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { checkRoster, copyRoster, getRoster, listRosters, publishRoster } from '../../api/roster-client';
import type { RosterDetail, RosterSummary, RosterViolation } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { MonthSwitcher } from './month-switcher';
import { monthLabel } from './roster-dates';
import { METHOD_LABELS } from './roster-labels';
import { RosterMonthGrid } from './roster-month-grid';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';
import { ViolationList, violationsOf } from './violation-list';

interface DraftsPanelProps {
  month: string;
  thisMonth: string;
  today: string;
  reference: RosterReference;
  refreshKey: number;
  onMonth: (month: string) => void;
}

type Verdict = { rosterId: string; tone: 'info' | 'error'; text: string; violations: RosterViolation[] } | null;

/**
 * Every version of a month (草稿, 已发布, 已被替换): look at a draft, have the checker judge it, publish it. The
 * server refuses to publish while the checker finds a violation, and the refusal lists them here.
 */
export function DraftsPanel({ month, thisMonth, today, reference, refreshKey, onMonth }: DraftsPanelProps) {
  const [generation, setGeneration] = useState(0);
  const { data, error, loading } = useLoad(`rosters:${month}:${refreshKey}:${generation}`, (signal) => listRosters(api, month, signal), '排班版本加载失败');
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [viewing, setViewing] = useState<RosterDetail | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { modal } = App.useApp();
  const reload = () => setGeneration((g) => g + 1);

  async function act(roster: RosterSummary, work: () => Promise<Verdict>) {
    setBusy(roster.id);
    setVerdict(null);
    try {
      setVerdict(await work());
    } catch (error) {
      const details = error instanceof ApiError ? error.details : {};
      setVerdict({ rosterId: roster.id, tone: 'error', text: messageOf(error), violations: violationsOf(details) });
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
        ? { rosterId: roster.id, tone: 'info', text: `第 ${roster.revision} 版校验通过，没有违反硬性规则。`, violations: [] }
        : { rosterId: roster.id, tone: 'error', text: `第 ${roster.revision} 版有 ${result.violations.length} 处违反硬性规则：`, violations: result.violations };
    });

  const publish = (roster: RosterSummary) =>
    act(roster, async () => {
      await publishRoster(api, roster.id, roster.version);
      reload();
      return { rosterId: roster.id, tone: 'info', text: `${monthLabel(roster.month)}第 ${roster.revision} 版已发布，排班人员已收到通知。`, violations: [] };
    });

  // Publishing replaces the month's roster and notifies everyone on it: asked once more, naming the version.
  const confirmPublish = (roster: RosterSummary) =>
    modal.confirm({
      title: `发布${monthLabel(roster.month)}第 ${roster.revision} 版？`,
      content: '发布后将替换当前已发布的版本，排班人员会收到通知。',
      okText: '确认发布',
      cancelText: '取消',
      onOk: () => publish(roster),
    });

  const copy = (roster: RosterSummary) =>
    act(roster, async () => {
      const draft = await copyRoster(api, roster.id);
      reload();
      return { rosterId: draft.id, tone: 'info', text: `已复制为草稿第 ${draft.revision} 版。`, violations: [] };
    });

  const view = (roster: RosterSummary) =>
    act(roster, async () => {
      setViewing(viewing?.id === roster.id ? null : await getRoster(api, roster.id));
      return null;
    });

  return (
    <section className="panel" aria-labelledby="roster-drafts-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="roster-drafts-title">排班版本（草稿与发布）</h2>
      </div>
      <MonthSwitcher month={month} thisMonth={thisMonth} onChange={onMonth} />
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {verdict ? (
        <div className={`notice notice--${verdict.tone}`} role={verdict.tone === 'error' ? 'alert' : 'status'}>
          <p>{verdict.text}</p>
          <ViolationList violations={verdict.violations} label="违反的硬性规则" />
        </div>
      ) : null}
      {data?.items.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{monthLabel(month)}排班版本</caption>
            <thead>
              <tr>
                <th scope="col">版本</th>
                <th scope="col">状态</th>
                <th scope="col">来源</th>
                <th scope="col">更新时间</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((roster) => (
                <tr key={roster.id}>
                  <td>第 {roster.revision} 版</td>
                  <td>
                    <span className={`tag tag--${roster.status === 'published' ? 'success' : roster.status === 'draft' ? 'warning' : 'muted'}`}>{roster.statusLabel}</span>
                  </td>
                  <td>{METHOD_LABELS[roster.source] ?? roster.source}</td>
                  <td>{roster.updatedAt ? formatShort(roster.updatedAt) : '—'}</td>
                  <td className="roster-actions">
                    <button type="button" className="button button--small" disabled={busy !== null} onClick={() => view(roster)} aria-label={`查看第 ${roster.revision} 版`}>
                      {viewing?.id === roster.id ? '收起' : '查看'}
                    </button>
                    <button type="button" className="button button--small" disabled={busy !== null} onClick={() => check(roster)} aria-label={`校验第 ${roster.revision} 版`}>
                      校验
                    </button>
                    {roster.status === 'draft' ? (
                      <button type="button" className="button button--small button--primary" disabled={busy !== null} onClick={() => confirmPublish(roster)} aria-label={`发布第 ${roster.revision} 版`}>
                        发布
                      </button>
                    ) : (
                      <button type="button" className="button button--small" disabled={busy !== null} onClick={() => copy(roster)} aria-label={`复制第 ${roster.revision} 版为草稿`}>
                        复制为草稿
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : data && !loading ? (
        <p className="empty">{monthLabel(month)}还没有排班，可在上方生成。</p>
      ) : null}
      {viewing && viewing.month === month ? (
        <RosterMonthGrid month={month} assignments={viewing.assignments} reference={reference} today={today} title={`${viewing.statusLabel} 第 ${viewing.revision} 版`} />
      ) : null}
    </section>
  );
}
