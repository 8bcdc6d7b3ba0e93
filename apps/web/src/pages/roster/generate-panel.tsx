import { Alert, Button, DatePicker, Form, InputNumber, Progress, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../../api/field-errors';
import { generateRoster } from '../../api/roster-client';
import type { GenerateRosterResult, GenerationMethod } from '../../api/roster-types';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { useNow } from '../../lib/use-now';
import { api } from '../../services';
import { monthLabel } from './roster-dates';
import { GenerationReportView } from './generation-report';

interface GenerateValues {
  month: Dayjs;
  method: GenerationMethod;
  timeLimitSeconds: number;
}

const FIELDS = ['month', 'method', 'timeLimitSeconds'] as const;

const METHODS = [
  { value: 'optimiser', label: '优化求解（最优排班，较慢）' },
  { value: 'greedy', label: '快速排班（几秒内完成）' },
];

interface GeneratePanelProps {
  defaultMonth: string;
  /** A new draft exists: the drafts list shows that month. */
  onGenerated: (result: GenerateRosterResult) => void;
}

/**
 * 生成排班: the request waits for the solver (up to the time limit, the optimiser runs in its own thread on the
 * server), so the panel shows how long it has been working against the limit, then the report.
 */
export function GeneratePanel({ defaultMonth, onGenerated }: GeneratePanelProps) {
  const [form] = Form.useForm<GenerateValues>();
  const method = Form.useWatch('method', form);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [running, setRunning] = useState<{ startedAt: number; month: string; limit: number | null } | null>(null);
  const [result, setResult] = useState<GenerateRosterResult | null>(null);
  const now = useNow(1000);

  async function submit(values: GenerateValues) {
    if (running) return;
    const month = values.month.format('YYYY-MM');
    const limit = values.method === 'optimiser' ? values.timeLimitSeconds : null;
    setErrors(NO_ERRORS);
    setResult(null);
    setRunning({ startedAt: Date.now(), month, limit });
    try {
      const answer = await generateRoster(api, limit === null ? { month, method: values.method } : { month, method: values.method, timeLimitSeconds: limit });
      setResult(answer);
      onGenerated(answer);
    } catch (error) {
      const refusal = formErrorsOf(error, FIELDS);
      setErrors(refusal);
      form.setFields(FIELDS.filter((name) => refusal.fields[name]).map((name) => ({ name, errors: [refusal.fields[name]] })));
    } finally {
      setRunning(null);
    }
  }

  const elapsed = running ? Math.max(0, Math.round((now - running.startedAt) / 1000)) : 0;

  return (
    <section className="panel" aria-labelledby="roster-generate-title" aria-busy={running !== null}>
      <div className="panel__header">
        <h2 id="roster-generate-title">生成排班</h2>
      </div>
      <Form<GenerateValues>
        form={form}
        name="roster-generate"
        layout="vertical"
        className="roster-form"
        disabled={running !== null}
        scrollToFirstError={{ focus: true, block: 'center' }}
        initialValues={{ month: dayjs(`${defaultMonth}-01`), method: 'optimiser', timeLimitSeconds: 30 }}
        onFinish={(values) => void submit(values)}
      >
        <ServerErrorAlert errors={errors} />
        <div className="roster-form__row">
          <Form.Item name="month" label="月份" rules={[{ required: true, message: '请选择月份' }]}>
            <DatePicker picker="month" format="YYYY-MM" allowClear={false} />
          </Form.Item>
          <Form.Item name="method" label="方法">
            <Radio.Group options={METHODS} />
          </Form.Item>
          {method !== 'greedy' ? (
            <Form.Item
              name="timeLimitSeconds"
              label="求解时限（秒）"
              extra="1–300 秒，到时返回当前最好的排班"
              rules={[{ required: true, type: 'integer', min: 1, max: 300, message: '请填写 1–300 之间的整数' }]}
            >
              <InputNumber min={1} max={300} precision={0} />
            </Form.Item>
          ) : null}
        </div>
        <Button type="primary" htmlType="submit" loading={running !== null}>
          {running ? '正在生成…' : '生成排班'}
        </Button>
      </Form>
      {running ? (
        <div className="roster-generate__waiting">
          <Alert
            type="info"
            showIcon
            role="status"
            title={`正在为${monthLabel(running.month)}求解排班，已用 ${elapsed} 秒${running.limit ? `（最长 ${running.limit} 秒）` : ''}，请稍候。期间可以继续使用其他功能。`}
          />
          {running.limit ? <Progress aria-label="求解用时" percent={Math.min(100, Math.round((elapsed / running.limit) * 100))} showInfo={false} status="active" /> : null}
        </div>
      ) : null}
      {result ? (
        <>
          <Alert
            className="alert"
            type="success"
            showIcon
            role="status"
            title={`已生成${monthLabel(result.roster.month)}排班草稿（第 ${result.roster.revision} 版），可在下方草稿列表中校验和发布。`}
          />
          <GenerationReportView report={result.report} />
        </>
      ) : null}
    </section>
  );
}
