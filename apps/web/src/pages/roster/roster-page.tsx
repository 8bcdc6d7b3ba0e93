import { Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Permission } from '../../api/types';
import { useCurrentUser } from '../../auth/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useNow } from '../../lib/use-now';
import { navigate, usePathname, useSearch } from '../../routing/history';
import { AttendancePanel } from './attendance-panel';
import { DraftsPanel } from './drafts-panel';
import { GeneratePanel } from './generate-panel';
import { HandoverPanel } from './handover-panel';
import { MyShiftsPanel } from './my-shifts-panel';
import { OnDutyPanel } from './on-duty-panel';
import { beijingToday, isMonth, monthOf, shiftMonth } from './roster-dates';
import { RosterMonthView } from './roster-month-view';
import { SickCallsPanel } from './sick-calls-panel';
import { SwapListPanel } from './swap-list-panel';
import { useRosterEvents } from './use-roster-events';
import { useRosterReference } from './use-roster-reference';

/** Which tabs a user sees follows their permissions (sent by the server), never their role. */
const TABS: readonly { id: string; label: string; anyOf: readonly Permission[] }[] = [
  { id: 'month', label: '排班表', anyOf: ['roster.read'] },
  { id: 'mine', label: '我的班次', anyOf: ['roster.checkin', 'roster.swap.request', 'roster.sick_call'] },
  { id: 'handover', label: '交接班', anyOf: ['roster.read'] },
  { id: 'requests', label: '换班与病假', anyOf: ['roster.read'] },
  { id: 'manage', label: '生成与发布', anyOf: ['roster.manage'] },
];

/**
 * 排班 (DESIGN §7). The tab and the month are in the query string (`?tab=manage&month=2026-12`), so a reload or a
 * bookmark keeps them. Everything reloads on `roster.published`, `roster.gap` and `roster.handover`.
 */
export function RosterPage() {
  useDocumentTitle('排班');
  const user = useCurrentUser();
  const pathname = usePathname();
  const params = new URLSearchParams(useSearch());
  const now = useNow(60_000);
  const today = beijingToday(now);
  const thisMonth = monthOf(today);
  const [live, setLive] = useState(0);
  const [attendance, setAttendance] = useState(0);
  const [generated, setGenerated] = useState(0);
  useRosterEvents(() => setLive((n) => n + 1));

  const tabs = TABS.filter((tab) => tab.anyOf.some((p) => user.permissions.includes(p)));
  const tab = tabs.find((t) => t.id === params.get('tab'))?.id ?? 'month';
  const month = isMonth(params.get('month')) ? params.get('month')! : tab === 'manage' ? shiftMonth(thisMonth, 1) : thisMonth;
  const reference = useRosterReference(user.id, live);
  const can = (p: Permission) => user.permissions.includes(p);

  const go = (next: { tab?: string; month?: string }) => {
    const search = new URLSearchParams();
    const nextTab = next.tab ?? tab;
    if (nextTab !== 'month') search.set('tab', nextTab);
    // Switching tab drops the month: each tab opens on its natural month (this one; next one for 生成与发布).
    const nextMonth = next.month ?? (next.tab ? undefined : params.get('month') ?? undefined);
    if (nextMonth) search.set('month', nextMonth);
    const text = search.toString();
    navigate(pathname + (text ? `?${text}` : ''), { replace: true });
  };
  const refreshKey = live + attendance;
  const attended = () => setAttendance((n) => n + 1);

  function panels(): ReactNode {
    switch (tab) {
      case 'mine':
        return (
          <>
            <MyShiftsPanel reference={reference} today={today} thisMonth={thisMonth} refreshKey={live} permissions={user.permissions} onAttendance={attended} />
            <AttendancePanel date={today} reference={reference} refreshKey={refreshKey} mayActForOthers={can('roster.manage')} onAttendance={attended} />
          </>
        );
      case 'handover':
        return <HandoverPanel reference={reference} today={today} refreshKey={live} mayHandOver={can('roster.handover')} />;
      case 'requests':
        return (
          <>
            <SwapListPanel reference={reference} refreshKey={live} mayDecide={can('roster.swap.decide')} />
            <SickCallsPanel reference={reference} refreshKey={live} mayCover={can('roster.manage')} />
          </>
        );
      case 'manage':
        return (
          <>
            <GeneratePanel
              defaultMonth={month}
              onGenerated={(generation) => {
                setGenerated((n) => n + 1);
                go({ month: generation.month });
              }}
            />
            <DraftsPanel month={month} thisMonth={thisMonth} today={today} reference={reference} refreshKey={live + generated} onMonth={(m) => go({ month: m })} />
          </>
        );
      default:
        return (
          <>
            <OnDutyPanel refreshKey={refreshKey} />
            <RosterMonthView month={month} thisMonth={thisMonth} today={today} reference={reference} refreshKey={live} onMonth={(m) => go({ month: m })} />
          </>
        );
    }
  }

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">排班</h1>
      </div>
      <Tabs
        className="roster-tabs"
        activeKey={tab}
        onChange={(id) => go({ tab: id })}
        destroyOnHidden
        // Only the open tab is built: each panel loads its own data.
        items={tabs.map((t) => ({ key: t.id, label: t.label, children: t.id === tab ? <div className="roster-panel">{panels()}</div> : null }))}
      />
    </section>
  );
}
