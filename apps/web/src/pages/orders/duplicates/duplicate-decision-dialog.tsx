import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formErrorsOf, isVersionConflict, NO_ERRORS, type FormErrors } from '../../../api/field-errors';
import type { DuplicateCandidate } from '../../../api/intake-types';
import { FormField } from '../../../forms/form-field';

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
 * 合并 / 不是重复, confirmed in a modal `<dialog>` (focus stays inside; Esc cancels). A merge closes this order
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
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="duplicate-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="duplicate-dialog-title" className="dialog__title">
          {title}
        </h2>
        {errors.message ? (
          <p className="notice notice--error" role="alert">
            {[errors.message, ...errors.other].join('；')}
          </p>
        ) : null}
        <p>
          {decision.kind === 'merge'
            ? `将本工单作为重复件并入工单 ${decision.candidate.upstreamNo ?? decision.candidate.orderId.slice(0, 8)}，本工单随即结束（已合并），后续在主工单办理。`
            : '排除疑似重复提示，本工单照常办理。理由将记入办理过程。'}
        </p>
        <FormField id={`duplicate-${field}`} label={merging ? '合并说明' : '理由'} required={!merging} error={errors.fields[field]}>
          <textarea rows={3} maxLength={500} value={text} onChange={(event) => setText(event.target.value)} />
        </FormField>
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? '正在提交…' : merging ? '确认合并' : '确认排除'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
