/**
 * The errors the API speaks. Every error a user can meet has a stable machine-readable `code`, a Chinese message
 * for people, and details (which field, which state). One exception filter maps them to HTTP.
 */
export type ErrorDetails = Record<string, unknown>;

export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the request itself is malformed or fails validation. */
export class ValidationError extends DomainError {
  readonly status = 400;
  constructor(fields: FieldError[], message = '请求参数有误：' + fields.map((f) => `${f.field}（${f.message}）`).join('；')) {
    super('VALIDATION_FAILED', message, { fields });
  }
}
export interface FieldError {
  field: string;
  message: string;
}

/** 400 with a specific code: a business rule rejected well-formed input. */
export class BadRequestError extends DomainError {
  readonly status = 400;
}

/** 401: not signed in, or the credentials/token are wrong. */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

/** 403: signed in but the role lacks the permission. */
export class ForbiddenError extends DomainError {
  readonly status = 403;
}

/** 404: does not exist, or is outside the caller's data scope (we do not reveal which). */
export class NotFoundError extends DomainError {
  readonly status = 404;
}

/** 409: the state of the world disagrees (illegal transition, stale version, duplicate). */
export class ConflictError extends DomainError {
  readonly status = 409;
}

/** 413: payload too large (uploads). */
export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
}

/** 415: an upload whose content is not of an accepted type (checked by its bytes, not its name). */
export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
}

/** 422: well-formed, but it contradicts an earlier request it claims to repeat (an idempotency key reused). */
export class UnprocessableEntityError extends DomainError {
  readonly status = 422;
}

/** 423: the account is locked. */
export class LockedError extends DomainError {
  readonly status = 423;
}

/** 429: too many requests. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
}

/** 503: a dependency (database, Redis) is unavailable. */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
}
