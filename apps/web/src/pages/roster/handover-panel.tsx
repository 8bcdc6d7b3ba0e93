import { Alert } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { addHandoverNote, confirmHandover, listHandovers, prepareHandover } from '../../api/roster-client';
import type { Handover } from '../../api/roster-types';
import { FormField } from '../../forms/form-field';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { HandoverClocks, HandoverOrders } from './handover-orders';
import { shortDate } from './roster-dates';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';

interface HandoverPanelProps {
  reference: RosterReference;
  today: string;
  refreshKey: number;
  /** roster.handover: prepare, add notes, confirm. */
  mayHandOver: boolean;
}

type Notice = { tone: 'info' | 'error'; text: string } | null;

/**
 * 交接班 (DESIGN §7): the latest handover — gathered by the server when a shift ends, or here on demand — with the
 * outgoing shift's open orders and the clocks due soon; notes are added by the outgoing staff and the incoming
 * shift confirms (the server decides who counts as incoming).
 */
export function HandoverPanel({ reference, today, refreshKey, mayHandOver }: HandoverPanelProps) {
  const [generation, setGeneration] = useState(0);
  const [shown, setShown] = useState<Handover | null>(null);
  const list = useLoad(`handovers:${refreshKey}:${generation}`, (signal) => listHandovers(api, undefined, signal), '交接班记录加载失败');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today);
  const [shiftCode, setShiftCode] = useState('');
  // A freshly prepared or updated handover shows until the list catches up with it.
  const latest = list.data?.items[0] ?? null;
  const handover = shown && (!latest || shown.id !== latest.id || shown.version >= latest.version) ? shown : latest;

  async function run(work: () => Promise<Handover>, done: string) {
    setBusy(true);
    setNotice(null);
    try {
      setShown(await work());
      setNotice({ tone: 'info', text: done });
      return true;
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e) });
      if (e instanceof ApiError && e.status === 409) {
        setShown(null);
        setGeneration((g) => g + 1);
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="handover-title" aria-busy={list.loading}>
      <div className="panel__header">
        <h2 id="handover-title">交接班</h2>
      </div>
      {list.error ? <Alert className="alert" type="error" showIcon title={list.error} /> : null}
      {notice ? (
        <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {mayHandOver ? (
        <form
          className="roster-form__row"
          aria-label="生成交接单"
          onSubmit={(event) => {
            event.preventDefault();
            if (shiftCode) void run(() => prepareHandover(api, date, shiftCode), '交接单已生成');
          }}
        >
          <FormField id="handover-date" label="交班日期">
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </FormField>
          <FormField id="handover-shift" label="交班班次">
            <select value={shiftCode} onChange={(e) => setShiftCode(e.target.value)}>
              <option value="">请选择</option>
              {reference.templates.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.name}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit" className="button" disabled={busy || !shiftCode}>
            生成交接单
          </button>
        </form>
      ) : null}
      {handover ? (
        <article aria-labelledby="handover-current-title">
          <h3 id="handover-current-title">
            {shortDate(handover.date)} {reference.shiftName(handover.shiftCode)}交接{' '}
            <span className={`tag tag--${handover.status === 'open' ? 'warning' : 'success'}`}>{handover.statusLabel}</span>
          </h3>
          <dl className="fields fields--compact">
            <div className="fields__row">
              <dt>交班时间</dt>
              <dd>{formatShort(handover.shiftEnd)}</dd>
            </div>
            <div className="fields__row">
              <dt>交班人员</dt>
              <dd>{handover.outgoingStaff.map(reference.staffName).join('、') || '—'}</dd>
            </div>
            <div className="fields__row">
              <dt>接班人员</dt>
              <dd>{handover.incomingStaff.map(reference.staffName).join('、') || '—'}</dd>
            </div>
            {handover.confirmedAt ? (
              <div className="fields__row">
                <dt>确认时间</dt>
                <dd>{formatShort(handover.confirmedAt)}</dd>
              </div>
            ) : null}
          </dl>
          <HandoverOrders orders={handover.openOrders} />
          <HandoverClocks clocks={handover.nearDueClocks} />
          <h4>交接事项</h4>
          {handover.notes.length ? (
            <ul className="roster-notes" aria-label="交接事项">
              {handover.notes.map((n, i) => (
                <li key={i}>
                  <span className="muted small">
                    {formatShort(n.at)} {n.name}：
                  </span>
                  {n.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">暂无交接事项</p>
          )}
          {mayHandOver && handover.status === 'open' ? (
            <form
              className="roster-form"
              onSubmit={async (event) => {
                event.preventDefault();
                if (note.trim() && (await run(() => addHandoverNote(api, handover.id, handover.version, note.trim()), '交接事项已添加'))) setNote('');
              }}
            >
              <FormField id="handover-note" label="添加交接事项">
                <textarea value={note} rows={2} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
              </FormField>
              <div className="roster-actions">
                <button type="submit" className="button" disabled={busy || !note.trim()}>
                  添加事项
                </button>
                <button type="button" className="button button--primary" disabled={busy} onClick={() => run(() => confirmHandover(api, handover.id, handover.version), '已确认接班')}>
                  确认接班
                </button>
              </div>
            </form>
          ) : null}
        </article>
      ) : list.data && !list.loading ? (
        <p className="empty">还没有交接班记录（每班结束时自动生成）。</p>
      ) : null}
    </section>
  );
}
