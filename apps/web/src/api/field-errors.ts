import { ApiError } from './client';

/** What a form shows after a failed submit: one message per field it has, and the rest at the top. */
export interface FormErrors {
  /** The server's Chinese summary, or the whole message when no field was named. */
  message: string | null;
  /** Keyed by the form's field name (the first segment of the server's path: `coUnitIds.0` → `coUnitIds`). */
  fields: Record<string, string>;
  /** Field errors naming a field the form does not show (so they are not lost). */
  other: string[];
}

export const NO_ERRORS: FormErrors = { message: null, fields: {}, other: [] };

/**
 * Splits an error answer (DESIGN §13: `details.fields = [{ field, message }]`) over a form's fields. Paths are
 * `leadUnitId`, `coUnitIds.0`, `checklist[2].verdict`: the first segment names the form field.
 */
export function formErrorsOf(error: unknown, knownFields: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) return { message: '操作失败，请稍后重试', fields: {}, other: [] };
  const list = Array.isArray(error.details.fields) ? (error.details.fields as { field?: unknown; message?: unknown }[]) : [];
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const entry of list) {
    const path = typeof entry.field === 'string' ? entry.field : '';
    const message = typeof entry.message === 'string' ? entry.message : '取值无效';
    const name = path.split(/[.[]/)[0] ?? '';
    if (knownFields.includes(name)) fields[name] = fields[name] ? `${fields[name]}；${message}` : message;
    else other.push(path ? `${path}：${message}` : message);
  }
  // A validation failure with field messages already says it all next to the fields.
  const message = list.length > 0 ? '请检查标出的内容后重新提交' : error.message;
  return { message, fields, other };
}

/** 409 ORDER_VERSION_CONFLICT: someone changed the order after this user loaded it. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'ORDER_VERSION_CONFLICT';
}
