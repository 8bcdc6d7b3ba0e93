import { Alert, App, Button, Empty, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { attendanceOf, checkIn, checkOut } from '../../api/roster-client';
import type { AttendanceRecord } from '../../api/roster-types';
import { formatClock } from '../../lib/shanghai-time';
import { api } from '../../services';
import { shiftHours, shortDate } from './roster-dates';
import { RosterNotice, type RosterNoticeValue } from './roster-notice';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';

interface AttendancePanelProps {
  date: string;
  reference: RosterReference;
  refreshKey: number;
  /** Supervisors may check someone in or out on their behalf (a broken terminal, a forgotten card). */
  mayActForOthers: boolean;
  onAttendance: () => void;
}

type Kind = 'in' | 'out';

const hhmm = (iso: string | null) => (iso ? formatClock(iso).slice(0, 5) : '—');
const WORD: Record<Kind, string> = { in: '签到', out: '签退' };

/** 今日考勤: every published shift of the day with its check-in, lateness, early leave or absence. */
export function AttendancePanel({ date, reference, refreshKey, mayActForOthers, onAttendance }: AttendancePanelProps) {
  const { data, error, loading, reload } = useLoad(`attendance:${date}:${refreshKey}`, (signal) => attendanceOf(api, date, signal), '考勤加载失败');
  const [notice, setNotice] = useState<RosterNoticeValue | null>(null);
  const [busy, setBusy] = useState(false);
  const { modal } = App.useApp();
  const shiftOf = (r: AttendanceRecord) => `${shortDate(r.date)} ${reference.shiftName(r.shiftCode)} ${shiftHours(r.scheduledStart, r.scheduledEnd)}`;

  async function act(kind: Kind, record: AttendanceRecord) {
    setBusy(true);
    setNotice(null);
    try {
      const result = kind === 'in' ? await checkIn(api, record.staffCode) : await checkOut(api, record.staffCode);
      setNotice({ tone: 'info', text: `${reference.staffName(record.staffCode)}：${result.label}` });
      reload();
      onAttendance();
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  // Recording someone else's attendance is on the record under the supervisor's name: say whose and which shift first.
  const confirm = (kind: Kind, record: AttendanceRecord) =>
    modal.confirm({
      title: `代 ${reference.staffName(record.staffCode)} ${WORD[kind]}？`,
      content: `班次：${shiftOf(record)}。将以当前时间记为${WORD[kind]}时间，审计日志记录为由您代办。`,
      okText: `确认代${WORD[kind]}`,
      cancelText: '取消',
      onOk: () => act(kind, record),
    });

  const columns: TableProps<AttendanceRecord>['columns'] = [
    { key: 'staff', title: '人员', sorter: (a, b) => a.staffCode.localeCompare(b.staffCode), render: (_, r) => reference.staffName(r.staffCode) },
    { key: 'shift', title: '班次', sorter: (a, b) => a.scheduledStart.localeCompare(b.scheduledStart), render: (_, r) => `${reference.shiftName(r.shiftCode)} ${shiftHours(r.scheduledStart, r.scheduledEnd)}` },
    { key: 'in', title: '签到', render: (_, r) => hhmm(r.checkInAt) },
    { key: 'out', title: '签退', render: (_, r) => hhmm(r.checkOutAt) },
    {
      key: 'status',
      title: '状态',
      render: (_, r) => <Tag color={r.status === 'absent' || r.late ? 'error' : r.status === 'scheduled' ? 'default' : 'success'}>{r.label}</Tag>,
    },
    ...(mayActForOthers
      ? [
          {
            key: 'act',
            title: '代办',
            render: (_: unknown, r: AttendanceRecord) =>
              !r.checkInAt ? (
                <Button size="small" disabled={busy} onClick={() => confirm('in', r)} aria-label={`代 ${r.name} 签到`}>
                  代签到
                </Button>
              ) : !r.checkOutAt ? (
                <Button size="small" disabled={busy} onClick={() => confirm('out', r)} aria-label={`代 ${r.name} 签退`}>
                  代签退
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <section className="panel" aria-labelledby="attendance-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="attendance-title">今日考勤</h2>
        <span className="muted small">{shortDate(date)}</span>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <RosterNotice notice={notice} />
      <Table<AttendanceRecord>
        aria-label="今日考勤"
        rowKey={(r) => `${r.staffCode}-${r.shiftCode}`}
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading && !data}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今天没有已发布的班次。" /> }}
      />
    </section>
  );
}
