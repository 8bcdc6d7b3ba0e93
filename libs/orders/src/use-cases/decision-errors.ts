import { BadRequestError, ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from '@app/errors';
import type { DecisionError } from '../domain/index.js';

class RuleError extends DomainError {
  constructor(readonly status: number, code: string, message: string, details: Record<string, unknown>) {
    super(code, message, details);
  }
}

/** The domain's refusal → the API's error: kind decides the HTTP status (see libs/orders/src/domain/README.md). */
export function toDomainError(error: DecisionError): DomainError {
  switch (error.kind) {
    case 'not_in_scope':
      return new NotFoundError('ORDER_NOT_FOUND', '工单不存在', error.details);
    case 'forbidden':
      return new ForbiddenError('FORBIDDEN', error.message, error.details);
    case 'illegal_transition':
      return new ConflictError('ORDER_ILLEGAL_TRANSITION', error.message, error.details);
    case 'invalid_input':
      return new ValidationError(error.details.fields.map((f) => ({ field: f.field, message: f.message })));
    case 'rule':
      if (error.httpStatus === 400) return new BadRequestError(error.code, error.message, error.details);
      return new RuleError(error.httpStatus, error.code, error.message, error.details);
  }
}
