import { Alert } from 'antd';
import { useState } from 'react';
import { attendanceOf, checkIn, checkOut } from '../../api/roster-client';
import { formatClock } from '../../lib/shanghai-time';
import { api } from '../../services';
import { shiftHours, shortDate } from './roster-dates';
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

const hhmm = (iso: string | null) => (iso ? formatClock(iso).slice(0, 5) : '—');

/** 今日考勤: every published shift of the day with its check-in, lateness, early leave or absence. */
export function AttendancePanel({ date, reference, refreshKey, mayActForOthers, onAttendance }: AttendancePanelProps) {
  const { data, error, loading, reload } = useLoad(`attendance:${date}:${refreshKey}`, (signal) => attendanceOf(api, date, signal), '考勤加载失败');
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(kind: 'in' | 'out', staffCode: string) {
    setBusy(true);
    setNotice(null);
    try {
      const record = kind === 'in' ? await checkIn(api, staffCode) : await checkOut(api, staffCode);
      setNotice({ tone: 'info', text: `${reference.staffName(staffCode)}：${record.label}` });
      reload();
      onAttendance();
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="attendance-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="attendance-title">今日考勤</h2>
        <span className="muted small">{shortDate(date)}</span>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {notice ? (
        <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {data?.items.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">今日考勤</caption>
            <thead>
              <tr>
                <th scope="col">人员</th>
                <th scope="col">班次</th>
                <th scope="col">签到</th>
                <th scope="col">签退</th>
                <th scope="col">状态</th>
                {mayActForOthers ? <th scope="col">代办</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={`${r.staffCode}-${r.shiftCode}`}>
                  <td>{reference.staffName(r.staffCode)}</td>
                  <td>
                    {reference.shiftName(r.shiftCode)} {shiftHours(r.scheduledStart, r.scheduledEnd)}
                  </td>
                  <td>{hhmm(r.checkInAt)}</td>
                  <td>{hhmm(r.checkOutAt)}</td>
                  <td>
                    <span className={`tag tag--${r.status === 'absent' || r.late ? 'danger' : r.status === 'scheduled' ? 'muted' : 'success'}`}>{r.label}</span>
                  </td>
                  {mayActForOthers ? (
                    <td className="roster-actions">
                      {!r.checkInAt ? (
                        <button type="button" className="button button--small" disabled={busy} onClick={() => act('in', r.staffCode)} aria-label={`代 ${r.name} 签到`}>
                          代签到
                        </button>
                      ) : !r.checkOutAt ? (
                        <button type="button" className="button button--small" disabled={busy} onClick={() => act('out', r.staffCode)} aria-label={`代 ${r.name} 签退`}>
                          代签退
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : data && !loading ? (
        <p className="empty">今天没有已发布的班次。</p>
      ) : null}
    </section>
  );
}
