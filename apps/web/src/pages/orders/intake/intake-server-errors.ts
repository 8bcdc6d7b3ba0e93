import { ApiError } from '../../../api/client';
import { formErrorsOf, type FormErrors } from '../../../api/field-errors';
import { INTAKE_FIELDS } from './intake-form-values';

/**
 * A refused intake as the form shows it: the server's field errors on their fields. A 工单编号 entered before is a
 * 409 that names no field, but it is about one, so it is shown there too.
 */
export function intakeErrorsOf(error: unknown): FormErrors {
  if (error instanceof ApiError && error.code === 'ORDER_DUPLICATE_UPSTREAM_NO') {
    return { message: '请检查标出的内容后重新提交', fields: { upstreamNo: error.message }, other: [] };
  }
  return formErrorsOf(error, INTAKE_FIELDS);
}

/** The fields in error, in the form's order (the first gets the focus). */
export function fieldsInError(errors: FormErrors): (typeof INTAKE_FIELDS)[number][] {
  return INTAKE_FIELDS.filter((name) => errors.fields[name]);
}
