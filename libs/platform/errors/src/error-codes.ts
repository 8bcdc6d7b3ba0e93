/** Error codes shared by several modules; module-specific codes live beside their module. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'AUTH_UNAUTHENTICATED',
  TokenInvalid: 'AUTH_TOKEN_INVALID',
  InvalidCredentials: 'AUTH_INVALID_CREDENTIALS',
  AccountLocked: 'AUTH_ACCOUNT_LOCKED',
  AccountDisabled: 'AUTH_ACCOUNT_DISABLED',
  RefreshInvalid: 'AUTH_REFRESH_INVALID',
  RefreshReused: 'AUTH_REFRESH_REUSED',
  SessionIdle: 'AUTH_SESSION_IDLE',
  PasswordPolicy: 'AUTH_PASSWORD_POLICY',
  Forbidden: 'FORBIDDEN',
  Conflict: 'CONFLICT',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Internal: 'INTERNAL_ERROR',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
} as const;
