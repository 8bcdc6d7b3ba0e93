import { Alert, Button, Form } from 'antd';
import { useRef, useState } from 'react';
import { NO_ERRORS, type FormErrors } from '../../../api/field-errors';
import { ServerErrorAlert } from '../../../forms/server-error-alert';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { navigate } from '../../../routing/history';
import { api } from '../../../services';
import { useDirectory } from '../use-directory';
import { IntakeCallFields } from './intake-call-fields';
import { IntakeDuplicateAlert } from './intake-duplicate-alert';
import { blankIntake, intakeBody, type IntakeFormValues } from './intake-form-values';
import { IntakeMoreFields } from './intake-more-fields';
import { fieldsInError, intakeErrorsOf } from './intake-server-errors';
import { IntakeSuggestions, type AdoptableField } from './intake-suggestions';
import { useIntakeAssist } from './use-intake-assist';

/** Centre the field in error, and put the caret in it so the operator can type the fix at once. */
const FIRST_ERROR = { focus: true, block: 'center' } as const;

/**
 * 新建工单: what a seat operator types while the citizen is on the line (DESIGN §5, issue 10). The form checks what
 * it can as the operator goes, and shows every problem at once on submit; beside it, suspected repeat calls and
 * classification suggestions follow the typing. The community may be left to the server (derived from the address).
 */
export function IntakePage() {
  useDocumentTitle('新建工单');
  const directory = useDirectory();
  const [form] = Form.useForm<IntakeFormValues>();
  const [initialValues] = useState(() => blankIntake());
  // One key per form fill: a double submit or a resend after a lost answer gets the first order, never a second.
  // A refused send stores nothing, so the corrected form goes with the same key.
  const [idempotencyKey] = useState(() => newIdempotencyKey());
  const [serverErrors, setServerErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const assist = useIntakeAssist(form);
  const communityId = Form.useWatch('communityId', form);
  const category = Form.useWatch('category', form);
  // Fields holding a server message: it goes as soon as that field is edited (a field without rules keeps errors).
  const serverErrorFields = useRef(new Set<string>());

  async function submit(values: IntakeFormValues) {
    if (busy) return;
    setBusy(true);
    setServerErrors(NO_ERRORS);
    try {
      const created = await api.createOrder(intakeBody(values), idempotencyKey);
      navigate(`/orders/${created.id}`);
    } catch (error) {
      const errors = intakeErrorsOf(error);
      const named = fieldsInError(errors);
      serverErrorFields.current = new Set(named);
      form.setFields(named.map((name) => ({ name, errors: [errors.fields[name]!] })));
      setServerErrors(errors);
      if (named[0]) form.scrollToField(named[0], FIRST_ERROR);
      setBusy(false);
    }
  }

  function clearFixed(changed: Partial<IntakeFormValues>) {
    const fixed = Object.keys(changed).filter((name) => serverErrorFields.current.delete(name));
    if (!fixed.length) return;
    form.setFields(fixed.map((name) => ({ name: name as keyof IntakeFormValues, errors: [] })));
    if (serverErrorFields.current.size === 0 && serverErrors.other.length === 0) setServerErrors(NO_ERRORS);
  }

  // Set from outside the inputs: antd clears the field's error and re-checks nothing, which is right for a choice.
  const adopt = (field: AdoptableField, value: string) => {
    serverErrorFields.current.delete(field);
    form.setFieldsValue({ [field]: value });
  };

  return (
    <section className="page">
      <div className="page__header">
        <h1 className="page__title">新建工单</h1>
      </div>
      <div className="intake-layout">
        <Form<IntakeFormValues>
          form={form}
          name="intake"
          layout="vertical"
          className="panel intake"
          aria-label="新建工单"
          initialValues={initialValues}
          onFinish={(values) => void submit(values)}
          onValuesChange={clearFixed}
          scrollToFirstError={FIRST_ERROR}
        >
          <ServerErrorAlert errors={serverErrors} />
          {directory.error ? <Alert className="alert" type="warning" showIcon title={directory.error} /> : null}
          <IntakeCallFields directory={directory} />
          <IntakeMoreFields />
          <div className="intake__buttons">
            {/* Enter in any one-line field submits (the form's own behaviour); Ctrl+Enter in 诉求内容. */}
            <Button type="primary" htmlType="submit" loading={busy} title="提交工单（Enter；诉求内容中 Ctrl+Enter）">
              提交工单
            </Button>
            <Button disabled={busy} onClick={() => navigate('/orders')}>
              取消
            </Button>
          </div>
        </Form>
        <aside className="intake-assist" aria-label="来电辅助">
          <IntakeDuplicateAlert answer={assist.duplicates} />
          <IntakeSuggestions answer={assist.suggestions} chosen={{ communityId, category }} onAdopt={adopt} />
        </aside>
      </div>
    </section>
  );
}
