import type { FormInstance } from 'antd';
import { useState } from 'react';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../api/field-errors';

/**
 * The one way a form sends: busy while the request is out, and a refusal shown where it belongs — each field the
 * server names on that field (`serverFields` maps the server's names to the form's), the rest at the top. Returns
 * what `ServerErrorAlert` shows. `send` may throw to refuse; a dialog that closes on success just stays busy, a form
 * that stays on the page passes `{ again: true }` to be usable again.
 */
export function useFormSubmission<V>(form: FormInstance<V>, serverFields: readonly string[] | Readonly<Record<string, string>>) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const names: Record<string, string> = Array.isArray(serverFields)
    ? Object.fromEntries((serverFields as readonly string[]).map((f) => [f, f]))
    : (serverFields as Record<string, string>);

  async function submit(
    send: () => Promise<void>,
    onRefused?: (error: unknown) => Promise<boolean> | boolean,
    { again = false }: { again?: boolean } = {},
  ): Promise<void> {
    if (busy) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await send();
      if (again) setBusy(false);
    } catch (error) {
      // A refusal the caller handles itself (a version conflict reloads the page) ends here.
      if (onRefused && (await onRefused(error))) return;
      const refusal = formErrorsOf(error, Object.keys(names));
      form.setFields(Object.entries(refusal.fields).map(([field, message]) => ({ name: names[field] as never, errors: [message] })));
      setErrors(refusal);
      setBusy(false);
    }
  }

  return { errors, busy, submit };
}
