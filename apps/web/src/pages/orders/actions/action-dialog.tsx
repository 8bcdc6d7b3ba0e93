import { Form } from 'antd';
import { useEffect, useState } from 'react';
import { isVersionConflict, NO_ERRORS, type FormErrors } from '../../../api/field-errors';
import type { CategoryRef, OrderDetail } from '../../../api/order-types';
import { FormModal } from '../../../forms/form-modal';
import { ServerErrorAlert } from '../../../forms/server-error-alert';
import { api } from '../../../services';
import { ORDER_ACTION_LABELS, type OrderAction } from '@app/orders/domain/order-actions';
import { actionFormErrors } from './action-errors';
import { ActionField, type FieldChoices } from './action-field';
import { buildBody, initialValues, isShown } from './action-form-body';
import { ACTION_FORMS, type FieldSpec, type FormValues } from './action-form-spec';
import { SUBMIT_SHORTCUT } from './action-shortcuts';
import type { UnitOption } from './unit-select';
import { useLeadSuggestion } from './use-lead-suggestion';
import { useReviewChecklist } from './use-review-checklist';
import { useShortcuts } from './use-shortcuts';

/** The antd form's name: field ids are `action_<field>` (e.g. `action_content`, its errors `action_content_help`). */
const FORM_NAME = 'action';

interface ActionDialogProps {
  order: OrderDetail;
  action: OrderAction;
  streetUnits: readonly UnitOption[];
  categories: readonly CategoryRef[];
  /** Resolves once the page has reloaded the order; the dialog stays busy until then. */
  onDone: (action: OrderAction) => Promise<void>;
  /** 409 ORDER_VERSION_CONFLICT: the page reloads the order and says so. */
  onConflict: () => Promise<void>;
  onCancel: () => void;
}

/**
 * The form of one action as an antd `Form` in a `Modal` (focus stays inside; Esc cancels; Ctrl+Enter submits).
 * Every missing answer is named at once and the first one focused; the server's field errors land on their fields
 * and clear as each is changed. It sends the `version` the user was looking at when they opened it — not a newer
 * one a realtime refresh may have brought — so a change by someone else meanwhile is a conflict, not an overwrite.
 */
export function ActionDialog({ order, action, streetUnits, categories, onDone, onConflict, onCancel }: ActionDialogProps) {
  const fields = ACTION_FORMS[action];
  const [form] = Form.useForm<FormValues>();
  const checklistField = fields.find((field) => field.kind === 'checklist');
  const checklist = useReviewChecklist(checklistField !== undefined);
  const [version] = useState(order.version);
  const [initial] = useState(() => initialValues(fields, checklist));
  const values: FormValues = Form.useWatch((all: FormValues) => all, { form, preserve: true }) ?? initial;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const suggestion = useLeadSuggestion(order.id, order.category, action === 'dispatch');
  const label = ORDER_ACTION_LABELS[action];

  useShortcuts([{ keys: SUBMIT_SHORTCUT, whileTyping: true, run: () => form.submit() }], !busy && !uploading);

  // When the street's own checklist arrives, judge exactly its items (each still 通过 unless changed).
  useEffect(() => {
    if (!checklistField) return;
    const before = (form.getFieldValue(checklistField.name) ?? {}) as Record<string, string>;
    form.setFieldValue(checklistField.name, Object.fromEntries(checklist.map((item) => [item.code, before[item.code] ?? 'pass'])));
  }, [checklist, checklistField, form]);

  // 派单 starts from the routing rule's unit, unless the dispatcher already chose (or the unit is not offered).
  useEffect(() => {
    const unitId = suggestion?.unitId;
    if (!unitId || form.isFieldTouched('leadUnitId') || !streetUnits.some((unit) => unit.id === unitId)) return;
    const coUnitIds = suggestion.coUnitIds.filter((id) => id !== unitId && streetUnits.some((unit) => unit.id === id));
    form.setFieldsValue({ leadUnitId: unitId, ...(coUnitIds.length ? { coUnitIds } : {}) });
  }, [suggestion, streetUnits, form]);

  async function submit() {
    if (busy || uploading) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    const all = form.getFieldsValue(true) as FormValues;
    const shown = fields.filter((field) => isShown(field, all));
    try {
      await api.actOnOrder(order.id, action, version, buildBody(fields, all));
    } catch (error) {
      if (isVersionConflict(error)) {
        await onConflict();
        return;
      }
      const found = actionFormErrors(error, shown.map((field) => field.name));
      form.setFields(Object.entries(found.fields).map(([name, message]) => ({ name, errors: [message] })));
      setErrors(found);
      setBusy(false);
      const first = shown.find((field) => found.fields[field.name]);
      if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
      return;
    }
    await onDone(action);
  }

  function onValuesChange(changed: Partial<FormValues>) {
    // A changed field's server error no longer applies (its own rules, if any, run again right after).
    const fixed = Object.keys(changed).filter((name) => form.getFieldError(name).length > 0);
    if (fixed.length) form.setFields(fixed.map((name) => ({ name, errors: [] })));
    if (fixed.length && errors.other.length === 0 && form.getFieldsError().every((field) => field.errors.length === 0)) setErrors(NO_ERRORS);
    // The lead unit cannot also be a co-unit (the server refuses it).
    const lead = changed.leadUnitId;
    const co = form.getFieldValue('coUnitIds') as string[] | undefined;
    if (typeof lead === 'string' && co?.includes(lead)) form.setFieldValue('coUnitIds', co.filter((id) => id !== lead));
  }

  const coUnits: UnitOption[] = order.coUnitIds.map((id, i) => ({ id, name: order.coUnitNames[i] ?? id }));
  const choices: FieldChoices = { streetUnits, coUnits, categories, checklist };
  const lead = values.leadUnitId;
  const withoutLead: FieldChoices = { ...choices, streetUnits: streetUnits.filter((unit) => unit.id !== lead) };

  /** Said under a field beyond its hint: the suggested lead unit and its rule; the category being corrected. */
  function extraFor(field: FieldSpec) {
    if (field.name === 'leadUnitId' && suggestion) return <span className="action-form__suggestion">{suggestion.text}</span>;
    if (field.kind === 'category' && order.category) return `当前：${order.category.split('/').join(' › ')}。${field.hint ?? ''}`;
    return undefined;
  }

  return (
    <FormModal
      formId={FORM_NAME}
      ownForm
      title={label}
      busy={busy}
      submitLabel={uploading ? '等待上传完成…' : '提交'}
      submitDisabled={uploading}
      submitShortcut={SUBMIT_SHORTCUT}
      onCancel={onCancel}
    >
      <Form<FormValues>
        form={form}
        name={FORM_NAME}
        layout="vertical"
        className="action-form"
        initialValues={initial}
        disabled={busy}
        scrollToFirstError={{ focus: true, block: 'center' }}
        onValuesChange={onValuesChange}
        onFinish={() => void submit()}
        onKeyDown={(event) => {
          // Enter confirms a typed time or a highlighted option; only 提交 or Ctrl+Enter sends the action.
          const input = event.target instanceof HTMLInputElement && event.target.type !== 'file';
          if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && input) event.preventDefault();
        }}
      >
        <ServerErrorAlert errors={errors} />
        {fields
          .filter((field) => isShown(field, values))
          .map((field) => (
            <ActionField
              key={field.name}
              field={field}
              formName={FORM_NAME}
              choices={field.kind === 'units' ? withoutLead : choices}
              order={order}
              extra={extraFor(field)}
              onBusyChange={setUploading}
            />
          ))}
      </Form>
    </FormModal>
  );
}
