import { Alert } from 'antd';
import type { ReactNode } from 'react';
import type { FormErrors } from '../api/field-errors';

interface ServerErrorAlertProps {
  errors: Pick<FormErrors, 'message' | 'other'>;
  /** More about the refusal, under the list (e.g. the roster rules a swap would break). */
  extra?: ReactNode;
}

/**
 * The form-level part of a server refusal as an antd `Alert` (announced: `role="alert"`): its message, and the field
 * errors that have no control on this form (the others are shown next to their fields).
 */
export function ServerErrorAlert({ errors, extra }: ServerErrorAlertProps) {
  if (!errors.message) return null;
  const list = errors.other.length ? (
    <ul className="alert__list">
      {errors.other.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : null;
  const description = list || extra ? <>{list}{extra}</> : undefined;
  return <Alert className="alert" type="error" showIcon title={errors.message} description={description} />;
}
