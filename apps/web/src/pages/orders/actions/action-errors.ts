import { ApiError } from '../../../api/client';
import { formErrorsOf, type FormErrors } from '../../../api/field-errors';

/**
 * A refusal split over the dialog's fields. Besides validation errors (`details.fields`), a business rule about one
 * input names it as `details.field` (ORDER_DATE_IN_FUTURE on 联系时间, ORDER_DATE_NOT_IN_FUTURE on 申请延至): its
 * message then goes next to that field as well, where the user will change it.
 */
export function actionFormErrors(error: unknown, known: readonly string[]): FormErrors {
  const errors = formErrorsOf(error, known);
  const field = error instanceof ApiError ? error.details.field : undefined;
  if (error instanceof ApiError && typeof field === 'string' && known.includes(field) && Object.keys(errors.fields).length === 0) {
    return { message: '请检查标出的内容后重新提交', fields: { [field]: error.message }, other: errors.other };
  }
  return errors;
}
