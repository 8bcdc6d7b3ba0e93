import { useState, type FormEvent } from 'react';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../../api/field-errors';
import { generateRoster } from '../../api/roster-client';
import type { GenerateRosterResult, GenerationMethod } from '../../api/roster-types';
import { FormField } from '../../forms/form-field';
import { useNow } from '../../lib/use-now';
import { api } from '../../services';
import { monthLabel } from './roster-dates';
import { GenerationReportView } from './generation-report';

const FIELDS = ['month', 'method', 'timeLimitSeconds'];

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
  const [month, setMonth] = useState(defaultMonth);
  const [method, setMethod] = useState<GenerationMethod>('optimiser');
  const [limit, setLimit] = useState('30');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [result, setResult] = useState<GenerateRosterResult | null>(null);
  const now = useNow(1000);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (startedAt !== null) return;
    setErrors(NO_ERRORS);
    setResult(null);
    setStartedAt(Date.now());
    try {
      const body = method === 'greedy' ? { month, method } : { month, method, timeLimitSeconds: Number(limit) };
      const answer = await generateRoster(api, body);
      setResult(answer);
      onGenerated(answer);
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
    } finally {
      setStartedAt(null);
    }
  }

  const waiting = startedAt !== null;
  const elapsed = waiting ? Math.max(0, Math.round((now - startedAt) / 1000)) : 0;

  return (
    <section className="panel" aria-labelledby="roster-generate-title" aria-busy={waiting}>
      <div className="panel__header">
        <h2 id="roster-generate-title">生成排班</h2>
      </div>
      <form onSubmit={submit} noValidate className="roster-form">
        {errors.message ? (
          <div className="notice notice--error" role="alert">
            <p>{errors.message}</p>
            {errors.other.length ? <p>{errors.other.join('；')}</p> : null}
          </div>
        ) : null}
        <div className="roster-form__row">
          <FormField id="roster-generate-month" label="月份" required error={errors.fields.month}>
            <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} disabled={waiting} />
          </FormField>
          <FormField id="roster-generate-method" label="方法" error={errors.fields.method}>
            <select value={method} onChange={(e) => setMethod(e.target.value as GenerationMethod)} disabled={waiting}>
              <option value="optimiser">优化求解（最优排班，较慢）</option>
              <option value="greedy">快速排班（几秒内完成）</option>
            </select>
          </FormField>
          {method === 'optimiser' ? (
            <FormField id="roster-generate-limit" label="求解时限（秒）" hint="1–300 秒，到时返回当前最好的排班" error={errors.fields.timeLimitSeconds}>
              <input type="number" min={1} max={300} value={limit} onChange={(e) => setLimit(e.target.value)} disabled={waiting} />
            </FormField>
          ) : null}
        </div>
        <div className="dialog__buttons roster-form__buttons">
          <button type="submit" className="button button--primary" disabled={waiting}>
            {waiting ? '正在生成…' : '生成排班'}
          </button>
        </div>
      </form>
      {waiting ? (
        <p className="notice notice--info" role="status">
          正在为{monthLabel(month)}求解排班，已用 {elapsed} 秒
          {method === 'optimiser' ? `（最长 ${limit} 秒）` : ''}，请稍候。期间可以继续使用其他功能。
        </p>
      ) : null}
      {result ? (
        <>
          <p className="notice notice--info" role="status">
            已生成{monthLabel(result.roster.month)}排班草稿（第 {result.roster.revision} 版），可在下方草稿列表中校验和发布。
          </p>
          <GenerationReportView report={result.report} />
        </>
      ) : null}
    </section>
  );
}
