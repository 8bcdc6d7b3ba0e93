import { useEffect, useState } from 'react';
import { formErrorsOf, isVersionConflict, NO_ERRORS, type FormErrors } from '../../../api/field-errors';
import type { OrderDetail } from '../../../api/order-types';
import { api } from '../../../services';
import { ORDER_ACTION_LABELS, type OrderAction } from '@app/orders/domain/order-actions';
import { ActionField, type UnitOption } from './action-field';
import { buildBody, initialValues, isShown } from './action-form-body';
import { ACTION_FORMS, type FormValues } from './action-form-spec';
import { useReviewChecklist } from './use-review-checklist';
import { FormModal } from '../../../forms/form-modal';
import { ServerErrorAlert } from '../../../forms/server-error-alert';

interface ActionDialogProps {
  order: OrderDetail;
  action: OrderAction;
  streetUnits: readonly UnitOption[];
  /** Resolves once the page has reloaded the order; the dialog stays busy until then. */
  onDone: (action: OrderAction) => Promise<void>;
  /** 409 ORDER_VERSION_CONFLICT: the page reloads the order and says so. */
  onConflict: () => Promise<void>;
  onCancel: () => void;
}

/**
 * The small form of one action, in antd's `Modal` (focus stays inside; Esc cancels). It sends the `version`
 * the user was looking at when they opened it — not a newer one a realtime refresh may have brought — so a change
 * by someone else in the meantime is a conflict, not a silent overwrite.
 */
export function ActionDialog({ order, action, streetUnits, onDone, onConflict, onCancel }: ActionDialogProps) {
  const fields = ACTION_FORMS[action];
  const checklistField = fields.find((field) => field.kind === 'checklist');
  const checklist = useReviewChecklist(checklistField !== undefined);
  const [version] = useState(order.version);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields, checklist));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const label = ORDER_ACTION_LABELS[action];
  const coUnits: UnitOption[] = order.coUnitIds.map((id, i) => ({ id, name: order.coUnitNames[i] ?? id }));

  // When the street's own checklist arrives, judge exactly its items (each still 通过 unless changed).
  useEffect(() => {
    if (!checklistField) return;
    setValues((v) => {
      const before = (v[checklistField.name] ?? {}) as Record<string, string>;
      return { ...v, [checklistField.name]: Object.fromEntries(checklist.map((item) => [item.code, before[item.code] ?? 'pass'])) };
    });
  }, [checklist, checklistField]);

  async function submit() {
    if (busy || uploading) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await api.actOnOrder(order.id, action, version, buildBody(fields, values));
    } catch (error) {
      if (isVersionConflict(error)) {
        await onConflict();
        return;
      }
      setErrors(formErrorsOf(error, fields.map((f) => f.name)));
      setBusy(false);
      return;
    }
    await onDone(action);
  }

  return (
    <FormModal
      formId="action-dialog-form"
      title={label}
      busy={busy}
      submitLabel={uploading ? '等待上传完成…' : '提交'}
      submitDisabled={uploading}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <ServerErrorAlert errors={errors} />
      {fields.length === 0 ? <p>确认{label}？</p> : null}
      {fields
        .filter((field) => isShown(field, values))
        .map((field) => (
          <ActionField
            key={field.name}
            field={field}
            value={values[field.name]}
            onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
            error={errors.fields[field.name]}
            // The lead unit cannot also be a co-unit (the server refuses it), so it is not offered as one.
            streetUnits={field.kind === 'units' ? streetUnits.filter((unit) => unit.id !== values.leadUnitId) : streetUnits}
            coUnits={coUnits}
            checklist={checklist}
            onBusyChange={setUploading}
          />
        ))}
    </FormModal>
  );
}
