import { Alert, Button, DatePicker, Form, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../../api/field-errors';
import { generateRoster } from '../../api/roster-client';
import type { GenerationMethod, RosterGeneration } from '../../api/roster-types';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { api } from '../../services';
import { monthLabel } from './roster-dates';
import { GenerationProgressView } from './generation-progress';
import { GenerationReportView } from './generation-report';
import { isGenerationFinished, useRosterGeneration } from './use-roster-generation';

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
  /** A new draft exists (also after 取消, with the best roster found): the drafts list shows that month. */
  onGenerated: (generation: RosterGeneration) => void;
}

/**
 * 生成排班: the request only queues a `roster-generate` job; the panel follows it live (the solver's current roster,
 * proven bound and gap, pushed as `roster.generation`), offers 取消, then shows the report.
 */
export function GeneratePanel({ defaultMonth, onGenerated }: GeneratePanelProps) {
  const [form] = Form.useForm<GenerateValues>();
  const method = Form.useWatch('method', form);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const [generationId, setGenerationId] = useState<string | null>(null);
  const { detail, progress, error } = useRosterGeneration(generationId);
  const finished = isGenerationFinished(detail?.status);
  const running = generationId !== null && !finished && !error;

  useEffect(() => {
    if (detail?.rosterId && finished) onGenerated(detail);
    // Once per finished generation; onGenerated changes with every render of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [detail?.id, detail?.rosterId, finished]);

  async function submit(values: GenerateValues) {
    if (running || submitting) return;
    const month = values.month.format('YYYY-MM');
    setErrors(NO_ERRORS);
    setSubmitting(true);
    try {
      const body = values.method === 'optimiser' ? { month, method: values.method, timeLimitSeconds: values.timeLimitSeconds } : { month, method: values.method };
      setGenerationId((await generateRoster(api, body)).id);
    } catch (failure) {
      const refusal = formErrorsOf(failure, FIELDS);
      setErrors(refusal);
      form.setFields(FIELDS.filter((name) => refusal.fields[name]).map((name) => ({ name, errors: [refusal.fields[name]] })));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="roster-generate-title" aria-busy={running}>
      <div className="panel__header">
        <h2 id="roster-generate-title">生成排班</h2>
      </div>
      <Form<GenerateValues>
        form={form}
        name="roster-generate"
        layout="vertical"
        className="roster-form"
        disabled={running || submitting}
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
              extra="1–300 秒，到时或差距不超过 1% 时结束，采用当前最好的排班"
              rules={[{ required: true, type: 'integer', min: 1, max: 300, message: '请填写 1–300 之间的整数' }]}
            >
              <InputNumber min={1} max={300} precision={0} />
            </Form.Item>
          ) : null}
        </div>
        <Button type="primary" htmlType="submit" loading={running || submitting}>
          {running ? '正在生成…' : '生成排班'}
        </Button>
      </Form>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {detail && !finished ? <GenerationProgressView generation={detail} progress={progress} /> : null}
      {detail && finished ? <GenerationOutcome generation={detail} /> : null}
    </section>
  );
}

/** The end of a generation: the draft made (after 取消 too: the best roster found until then), or why it failed. */
function GenerationOutcome({ generation }: { generation: RosterGeneration }) {
  if (generation.status === 'failed') {
    return <Alert className="alert" type="error" showIcon role="status" title={`排班生成失败：${generation.error ?? '未知错误'}`} />;
  }
  if (!generation.rosterId || !generation.report) {
    return <Alert className="alert" type="warning" showIcon role="status" title="排班生成已取消，未生成草稿。" />;
  }
  const draft = `${monthLabel(generation.month)}排班草稿（第 ${generation.rosterRevision} 版）`;
  return (
    <>
      <Alert
        className="alert"
        type={generation.status === 'cancelled' ? 'warning' : 'success'}
        showIcon
        role="status"
        title={
          generation.status === 'cancelled'
            ? `已取消求解，保留目前最好的排班为${draft}，可在下方草稿列表中校验和发布。`
            : `已生成${draft}，可在下方草稿列表中校验和发布。`
        }
      />
      <GenerationReportView report={generation.report} />
    </>
  );
}
