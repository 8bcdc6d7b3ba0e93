import { Button, Checkbox, DatePicker, Form, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { requestReport } from '../../api/reports-client';
import type { ReportKind, ReportPeriodInput } from '../../api/reports-types';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useFormSubmission } from '../../forms/use-form-submission';
import { api } from '../../services';
import { REPORT_KIND_HELP, REPORT_KIND_TEXT } from './report-labels';

interface FormValues {
  kind: ReportKind;
  month?: Dayjs;
  range?: [Dayjs, Dayjs];
  withPii?: boolean;
}

const KIND_OPTIONS = (Object.keys(REPORT_KIND_TEXT) as ReportKind[]).map((kind) => ({ value: kind, label: REPORT_KIND_TEXT[kind] }));

/** The month just ended: what an office usually reports on. */
const lastMonth = () => dayjs().subtract(1, 'month').startOf('month');

/**
 * 生成报表: a kind and its period (an assessment month, which the server cuts 19th–18th when the street counts so,
 * or any range of days). The ledger lists citizens: those who may see personal data choose whether this copy shows
 * it; everyone else always gets a masked copy, so the choice is not offered.
 */
export function ReportRequestForm({ canRevealPii, onQueued }: { canRevealPii: boolean; onQueued: (id: string) => void }) {
  const [form] = Form.useForm<FormValues>();
  const [mode, setMode] = useState<'month' | 'range'>('month');
  const kind = Form.useWatch('kind', form);
  const { errors, busy, submit } = useFormSubmission(form, { kind: 'kind', period: mode === 'month' ? 'month' : 'range', 'period.to': 'range' });

  const send = (values: FormValues) =>
    submit(async () => {
      const period: ReportPeriodInput =
        mode === 'month' ? { month: values.month!.format('YYYY-MM') } : { from: values.range![0].format('YYYY-MM-DD'), to: values.range![1].format('YYYY-MM-DD') };
      const queued = await requestReport(api, { kind: values.kind, period, ...(values.kind === 'monthly-ledger' && canRevealPii ? { masked: !values.withPii } : {}) });
      onQueued(queued.id);
    }, undefined, { again: true });

  return (
    <section className="panel" aria-labelledby="report-request-title">
      <div className="panel__header">
        <h2 id="report-request-title">生成报表</h2>
      </div>
      <Form<FormValues>
        form={form}
        name="report-request"
        layout="inline"
        className="report-request"
        initialValues={{ kind: 'monthly-ledger', month: lastMonth(), withPii: false }}
        onFinish={(values) => void send(values)}
      >
        <ServerErrorAlert errors={errors} />
        <Form.Item name="kind" label="报表类型" rules={[{ required: true, message: '请选择报表类型' }]}>
          <Select aria-label="报表类型" options={KIND_OPTIONS} style={{ width: 180 }} virtual={false} />
        </Form.Item>
        <Form.Item label="周期类型">
          <Segmented
            aria-label="周期类型"
            value={mode}
            onChange={(value) => setMode(value as 'month' | 'range')}
            options={[
              { value: 'month', label: '考核月' },
              { value: 'range', label: '自定义' },
            ]}
          />
        </Form.Item>
        {mode === 'month' ? (
          <Form.Item name="month" label="月份" rules={[{ required: true, message: '请选择月份' }]}>
            <DatePicker picker="month" aria-label="报表月份" format="YYYY年M月" allowClear={false} />
          </Form.Item>
        ) : (
          <Form.Item name="range" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
            <DatePicker.RangePicker aria-label="报表起止日期" format="YYYY-MM-DD" placeholder={['开始日期', '结束日期']} />
          </Form.Item>
        )}
        {kind === 'monthly-ledger' && canRevealPii ? (
          <Form.Item name="withPii" valuePropName="checked">
            <Checkbox>显示市民姓名与电话（下载将留痕）</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            生成
          </Button>
        </Form.Item>
      </Form>
      {kind ? <p className="muted small report-request__help">{REPORT_KIND_HELP[kind]}</p> : null}
    </section>
  );
}
