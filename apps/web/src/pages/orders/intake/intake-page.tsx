import { useState, type FormEvent } from 'react';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../../../api/field-errors';
import { FormField } from '../../../forms/form-field';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { navigate } from '../../../routing/history';
import { api } from '../../../services';
import {
  ASSESSMENT_SCOPE_LABELS,
  ASSESSMENT_SCOPES,
  CHANNEL_LABELS,
  CHANNELS,
  ORDER_TYPE_LABELS,
  ORDER_TYPES,
  URGENCIES,
  URGENCY_LABELS,
} from '@app/orders/domain/order-status';
import { useDirectory } from '../use-directory';
import { blankIntake, INTAKE_FIELDS, intakeBody, type IntakeFormValues } from './intake-form-values';
import { ServerErrorAlert } from '../../../forms/server-error-alert';

/**
 * 新建工单: what a seat operator types while the citizen is on the line (DESIGN §5). The community may be left
 * to the server, which derives it from the address; the server's field errors appear next to each field.
 */
export function IntakePage() {
  useDocumentTitle('新建工单');
  const directory = useDirectory();
  const [values, setValues] = useState<IntakeFormValues>(() => blankIntake());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const leafCategories = directory.categories.filter((c) => c.active && c.level === 3);

  const bind = (name: keyof IntakeFormValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const created = await api.createOrder(intakeBody(values));
      navigate(`/orders/${created.id}`);
    } catch (error) {
      setErrors(formErrorsOf(error, INTAKE_FIELDS));
      setBusy(false);
    }
  }

  const err = errors.fields;
  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">新建工单</h1>
      </div>
      <form className="panel intake" onSubmit={submit} noValidate aria-label="新建工单">
        <ServerErrorAlert errors={errors} />
        <div className="intake__grid">
          <FormField id="intake-channel" label="来源渠道" required error={err.channel}>
            <select {...bind('channel')}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="intake-receivedAt" label="来电时间" required hint="北京时间" error={err.receivedAt}>
            <input type="datetime-local" {...bind('receivedAt')} />
          </FormField>
          <FormField id="intake-upstreamNo" label="工单编号" hint="平台工单编号；手工录入的可不填" error={err.upstreamNo}>
            <input type="text" maxLength={40} {...bind('upstreamNo')} />
          </FormField>
          <FormField id="intake-upstreamDueAt" label="办理时限" hint="平台给出的时限（北京时间）" error={err.upstreamDueAt}>
            <input type="datetime-local" {...bind('upstreamDueAt')} />
          </FormField>
          <FormField id="intake-citizenName" label="诉求人姓名" error={err.citizenName}>
            <input type="text" maxLength={64} autoComplete="off" {...bind('citizenName')} />
          </FormField>
          <FormField id="intake-citizenPhone" label="联系电话" required={values.channel !== 'proactive'} error={err.citizenPhone}>
            <input type="tel" autoComplete="off" {...bind('citizenPhone')} />
          </FormField>
          <FormField id="intake-address" label="诉求地址" required error={err.address}>
            <input type="text" maxLength={200} {...bind('address')} />
          </FormField>
          <FormField id="intake-communityId" label="所属社区" hint="不选则按地址自动识别" error={err.communityId}>
            <select {...bind('communityId')}>
              <option value="">按地址自动识别</option>
              {directory.communities
                .filter((c) => c.active)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </select>
          </FormField>
          <FormField id="intake-type" label="诉求类型" required error={err.type}>
            <select {...bind('type')}>
              <option value="">请选择</option>
              {ORDER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {ORDER_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="intake-urgency" label="紧急程度" required error={err.urgency}>
            <select {...bind('urgency')}>
              {URGENCIES.map((u) => (
                <option key={u} value={u}>
                  {URGENCY_LABELS[u]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="intake-category" label="问题分类" hint="三级分类，可输入关键字选择" error={err.category}>
            <input type="text" list="intake-category-list" autoComplete="off" {...bind('category')} />
          </FormField>
          <datalist id="intake-category-list">
            {leafCategories.map((c) => (
              <option key={c.path} value={c.path} />
            ))}
          </datalist>
          <FormField id="intake-assessment" label="考核口径" error={err.assessment}>
            <select {...bind('assessment')}>
              {ASSESSMENT_SCOPES.map((a) => (
                <option key={a} value={a}>
                  {ASSESSMENT_SCOPE_LABELS[a]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField id="intake-content" label="诉求内容" required error={err.content}>
          <textarea rows={5} maxLength={5000} {...bind('content')} />
        </FormField>
        <FormField id="intake-tags" label="标签" hint="多个标签用逗号或空格分隔" error={err.tags}>
          <input type="text" {...bind('tags')} />
        </FormField>
        <div className="intake__buttons">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? '正在提交…' : '提交工单'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => navigate('/orders')}>
            取消
          </button>
        </div>
      </form>
    </section>
  );
}
