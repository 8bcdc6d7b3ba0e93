import { useState } from 'react';
import { formErrorsOf, isVersionConflict, NO_ERRORS, type FormErrors } from '../../../api/field-errors';
import type { DuplicateCandidate } from '../../../api/intake-types';
import { FormField } from '../../../forms/form-field';
import { FormModal } from '../../../forms/form-modal';
import { ServerErrorAlert } from '../../../forms/server-error-alert';

export type DuplicateDecision = { kind: 'merge'; candidate: DuplicateCandidate } | { kind: 'dismiss' };

interface DialogProps {
  decision: DuplicateDecision;
  /** Sends the decision; the text is the merge note (optional) or the dismissal reason (required by the server). */
  onSubmit: (text: string) => Promise<void>;
  /** 409 ORDER_VERSION_CONFLICT on merge: the page reloads the order and says so. */
  onConflict: () => Promise<void>;
  onCancel: () => void;
}

/**
 * 合并 / 不是重复, confirmed in antd's `Modal` (focus stays inside; Esc cancels). A merge closes this order
 * into the candidate for good, so it is confirmed naming the candidate; a dismissal must say why (kept on the
 * timeline).
 */
export function DuplicateDecisionDialog({ decision, onSubmit, onConflict, onCancel }: DialogProps) {
  const merging = decision.kind === 'merge';
  const field = merging ? 'note' : 'reason';
  const title = merging ? '合并重复件' : '不是重复';
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await onSubmit(text.trim());
    } catch (error) {
      if (isVersionConflict(error)) return void (await onConflict());
      setErrors(formErrorsOf(error, [field]));
      setBusy(false);
    }
  }

  return (
    <FormModal
      formId="duplicate-dialog-form"
      title={title}
      busy={busy}
      submitLabel={merging ? '确认合并' : '确认排除'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <ServerErrorAlert errors={errors} />
      <p>
        {decision.kind === 'merge'
          ? `将本工单作为重复件并入工单 ${decision.candidate.upstreamNo ?? decision.candidate.orderId.slice(0, 8)}，本工单随即结束（已合并），后续在主工单办理。`
          : '排除疑似重复提示，本工单照常办理。理由将记入办理过程。'}
      </p>
      <FormField id={`duplicate-${field}`} label={merging ? '合并说明' : '理由'} required={!merging} error={errors.fields[field]}>
        <textarea rows={3} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
      </FormField>
    </FormModal>
  );
}
