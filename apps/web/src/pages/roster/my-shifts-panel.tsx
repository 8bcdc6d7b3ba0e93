import { Alert, Button, Empty, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import type { Permission } from '../../api/types';
import { checkIn, checkOut } from '../../api/roster-client';
import type { RosterAssignment, SickCall } from '../../api/roster-types';
import { api } from '../../services';
import { shiftHours, shortDate } from './roster-dates';
import { SickCallCard } from './sick-call-card';
import { SickCallDialog } from './sick-call-dialog';
import { SwapRequestDialog } from './swap-request-dialog';
import { RosterNotice, type RosterNoticeValue } from './roster-notice';
import { messageOf } from './use-load';
import { usePublishedAssignments } from './use-published-assignments';
import type { RosterReference } from './use-roster-reference';

interface MyShiftsPanelProps {
  reference: RosterReference;
  today: string;
  thisMonth: string;
  refreshKey: number;
  permissions: readonly Permission[];
  /** Attendance changed: the on-duty and attendance panels reload. */
  onAttendance: () => void;
}

const SHOWN = 12;

/**
 * 我的班次: the viewer's coming shifts, 签到 / 签退 (the server finds the shift that is on now and judges lateness;
 * the page does not guess from the workstation's clock), and per shift 申请换班 and 报病假.
 */
export function MyShiftsPanel({ reference, today, thisMonth, refreshKey, permissions, onAttendance }: MyShiftsPanelProps) {
  const published = usePublishedAssignments(thisMonth, refreshKey);
  const [notice, setNotice] = useState<RosterNoticeValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [swapping, setSwapping] = useState<RosterAssignment | null>(null);
  const [sick, setSick] = useState<RosterAssignment | null>(null);
  const [reported, setReported] = useState<SickCall | null>(null);
  const can = (p: Permission) => permissions.includes(p);

  if (!reference.myCode) {
    return (
      <section className="panel" aria-labelledby="my-shifts-title">
        <h2 id="my-shifts-title">我的班次</h2>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="您的账号未关联排班人员，没有个人班次。" />
      </section>
    );
  }

  const mine = (published.data ?? []).filter((a) => a.staffCode === reference.myCode && a.date >= today).slice(0, SHOWN);

  const name = (a: RosterAssignment) => a.shiftName ?? a.shiftCode;
  const columns: TableProps<RosterAssignment>['columns'] = [
    {
      key: 'date',
      title: '日期',
      render: (_, a) => (
        <>
          {shortDate(a.date)}
          {a.date === today ? <Tag color="processing">今天</Tag> : null}
        </>
      ),
    },
    {
      key: 'shift',
      title: '班次',
      render: (_, a) => (
        <>
          <span className={`roster-shift roster-shift--c${reference.colourOf(a.shiftCode)}`} aria-hidden="true">
            {name(a).slice(0, 1)}
          </span>{' '}
          {name(a)}
        </>
      ),
    },
    { key: 'hours', title: '时间', render: (_, a) => shiftHours(a.startsAt, a.endsAt) },
    {
      key: 'actions',
      title: '操作',
      render: (_, a) => (
        <Space size="small">
          {can('roster.swap.request') ? (
            <Button size="small" onClick={() => setSwapping(a)} aria-label={`申请换班 ${a.date} ${name(a)}`}>
              申请换班
            </Button>
          ) : null}
          {can('roster.sick_call') ? (
            <Button size="small" onClick={() => setSick(a)} aria-label={`报病假 ${a.date} ${name(a)}`}>
              报病假
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  async function attend(kind: 'in' | 'out') {
    setBusy(true);
    setNotice(null);
    try {
      const record = kind === 'in' ? await checkIn(api) : await checkOut(api);
      const shift = `${shortDate(record.date)} ${reference.shiftName(record.shiftCode)}`;
      const text = kind === 'in' ? `签到成功（${shift}）：${record.label}` : `签退成功（${shift}）：${record.label}${record.earlyLeaveMinutes ? `，早退 ${record.earlyLeaveMinutes} 分钟` : ''}`;
      setNotice({ tone: record.late || record.earlyLeaveMinutes ? 'warning' : 'info', text });
      onAttendance();
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="my-shifts-title" aria-busy={published.loading}>
      <div className="panel__header">
        <h2 id="my-shifts-title">我的班次</h2>
        <span className="muted small">{reference.staffName(reference.myCode)}</span>
      </div>
      {can('roster.checkin') ? (
        <Space className="roster-actions" wrap>
          <Button type="primary" disabled={busy} onClick={() => attend('in')}>
            签到
          </Button>
          <Button disabled={busy} onClick={() => attend('out')}>
            签退
          </Button>
          <span className="muted small">班前 60 分钟起可签到，开班 5 分钟后签到计为迟到。</span>
        </Space>
      ) : null}
      <RosterNotice notice={notice} />
      {reported ? <SickCallCard call={reported} reference={reference} /> : null}
      {published.error ? <Alert className="alert" type="error" showIcon title={published.error} /> : null}
      <Table<RosterAssignment>
        aria-label="我接下来的班次"
        rowKey={(a) => `${a.date}-${a.shiftCode}`}
        size="small"
        columns={columns}
        dataSource={mine}
        loading={published.loading && !published.data}
        pagination={false}
        rowClassName={(a) => (a.date === today ? 'roster-row--today' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="已发布的排班中，您接下来没有班次。" /> }}
      />
      {swapping ? (
        <SwapRequestDialog
          mine={swapping}
          assignments={published.data ?? []}
          reference={reference}
          onCancel={() => setSwapping(null)}
          onDone={(text) => {
            setSwapping(null);
            setNotice({ tone: 'info', text });
          }}
        />
      ) : null}
      {sick ? (
        <SickCallDialog
          shift={sick}
          onCancel={() => setSick(null)}
          onDone={(call) => {
            setSick(null);
            setReported(call);
            setNotice({ tone: 'info', text: '病假已登记，该班次已从排班中撤下。' });
            published.reload();
          }}
        />
      ) : null}
    </section>
  );
}
