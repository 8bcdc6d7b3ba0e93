import { Alert, Button, DatePicker, Descriptions, Empty, Form, Input, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { addHandoverNote, confirmHandover, listHandovers, prepareHandover } from '../../api/roster-client';
import type { Handover } from '../../api/roster-types';
import { formatShort } from '../../lib/shanghai-time';
import { api } from '../../services';
import { HandoverClocks, HandoverOrders } from './handover-orders';
import { shortDate } from './roster-dates';
import { RosterNotice, type RosterNoticeValue } from './roster-notice';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';

interface HandoverPanelProps {
  reference: RosterReference;
  today: string;
  refreshKey: number;
  /** roster.handover: prepare, add notes, confirm. */
  mayHandOver: boolean;
}

/**
 * 交接班 (DESIGN §7): the latest handover — gathered by the server when a shift ends, or here on demand — with the
 * outgoing shift's open orders and the clocks due soon; notes are added by the outgoing staff and the incoming
 * shift confirms (the server decides who counts as incoming).
 */
export function HandoverPanel({ reference, today, refreshKey, mayHandOver }: HandoverPanelProps) {
  const [generation, setGeneration] = useState(0);
  const [shown, setShown] = useState<Handover | null>(null);
  const list = useLoad(`handovers:${refreshKey}:${generation}`, (signal) => listHandovers(api, undefined, signal), '交接班记录加载失败');
  const [notice, setNotice] = useState<RosterNoticeValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [prepareForm] = Form.useForm<{ date: Dayjs; shiftCode: string }>();
  const [noteForm] = Form.useForm<{ note: string }>();
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
      <RosterNotice notice={notice} />
      {mayHandOver ? (
        <Form
          form={prepareForm}
          name="handover-prepare"
          layout="inline"
          className="roster-handover__prepare"
          aria-label="生成交接单"
          disabled={busy}
          scrollToFirstError={{ focus: true }}
          initialValues={{ date: dayjs(today) }}
          onFinish={({ date, shiftCode }) => void run(() => prepareHandover(api, date.format('YYYY-MM-DD'), shiftCode), '交接单已生成')}
        >
          <Form.Item name="date" label="交班日期" rules={[{ required: true, message: '请选择交班日期' }]}>
            <DatePicker format="YYYY-MM-DD" allowClear={false} />
          </Form.Item>
          <Form.Item name="shiftCode" label="交班班次" rules={[{ required: true, message: '请选择交班班次' }]}>
            <Select className="roster-form__select" placeholder="请选择" options={reference.templates.map((t) => ({ value: t.code, label: t.name }))} />
          </Form.Item>
          <Button htmlType="submit">生成交接单</Button>
        </Form>
      ) : null}
      {handover ? (
        <article aria-labelledby="handover-current-title">
          <h3 id="handover-current-title">
            {shortDate(handover.date)} {reference.shiftName(handover.shiftCode)}交接{' '}
            <Tag color={handover.status === 'open' ? 'warning' : 'success'}>{handover.statusLabel}</Tag>
          </h3>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'end', label: '交班时间', children: formatShort(handover.shiftEnd) },
              { key: 'out', label: '交班人员', children: handover.outgoingStaff.map(reference.staffName).join('、') || '—' },
              { key: 'in', label: '接班人员', children: handover.incomingStaff.map(reference.staffName).join('、') || '—' },
              ...(handover.confirmedAt ? [{ key: 'confirmed', label: '确认时间', children: formatShort(handover.confirmedAt) }] : []),
            ]}
          />
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
            <Form
              form={noteForm}
              name="handover-note"
              layout="vertical"
              className="roster-form"
              disabled={busy}
              scrollToFirstError={{ focus: true }}
              onFinish={async ({ note }) => {
                if (await run(() => addHandoverNote(api, handover.id, handover.version, note.trim()), '交接事项已添加')) noteForm.resetFields();
              }}
            >
              <Form.Item name="note" label="添加交接事项" rules={[{ required: true, whitespace: true, message: '请填写交接事项' }]}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Space>
                <Button htmlType="submit">添加事项</Button>
                <Button type="primary" onClick={() => run(() => confirmHandover(api, handover.id, handover.version), '已确认接班')}>
                  确认接班
                </Button>
              </Space>
            </Form>
          ) : null}
        </article>
      ) : list.data && !list.loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有交接班记录（每班结束时自动生成）。" />
      ) : null}
    </section>
  );
}
