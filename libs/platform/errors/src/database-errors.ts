import type { ErrorBody } from './error-body.js';

/**
 * PostgreSQL errors a client can provoke with a well-formed request, mapped to 4xx: a unique violation is a lost race
 * or a duplicate (409, never 500), bad characters or out-of-range values are the input's fault (400). TypeORM wraps
 * the driver's error as QueryFailedError, copying `code` and `constraint` and keeping the original as `driverError`.
 */
interface PgError {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown };
}

/** Unique indexes whose violation deserves its own code (names from libs/schema/src/migrations). */
const UNIQUE_CONSTRAINTS: Record<string, [code: string, message: string]> = {
  // Same code as the intake's own check, which a concurrent request slips past before the insert.
  work_order_upstream_no_uq: ['ORDER_DUPLICATE_UPSTREAM_NO', '该平台工单编号已存在'],
  work_order_local_no_uq: ['ORDER_LOCAL_NO_TAKEN', '工单编号分配冲突，请重试'],
  roster_street_code_month_revision_key: ['ROSTER_REVISION_TAKEN', '该月排班表已由他人同时新建版本，请刷新后重试'],
  roster_published_uq: ['ROSTER_ALREADY_PUBLISHED', '该月已有已发布的排班表，请刷新后重试'],
  app_user_username_uq: ['USERNAME_TAKEN', '用户名已被使用'],
  routing_rule_street_prefix_community_key: ['ROUTING_RULE_DUPLICATE', '该分类在该社区范围已有派单规则'],
  keyword_rule_street_code_category_path_key: ['KEYWORD_RULE_DUPLICATE', '该分类已有关键词规则，请编辑那一条'],
  category_deadline_override_key: ['DEADLINE_OVERRIDE_DUPLICATE', '该分类、诉求类型和紧急程度已有分类时限'],
};

const INPUT_ERRORS: Record<string, [code: string, message: string]> = {
  '22021': ['INVALID_CHARACTER', '请求中包含不允许的控制字符或无效编码，请删除后重试'], // character_not_in_repertoire
  '22P05': ['INVALID_CHARACTER', '请求中包含不允许的控制字符或无效编码，请删除后重试'], // untranslatable_character (jsonb \u0000)
  '22007': ['VALIDATION_FAILED', '请求参数有误：日期或时间格式无效'], // invalid_datetime_format
  '22008': ['VALIDATION_FAILED', '请求参数有误：日期或时间超出有效范围'], // datetime_field_overflow
  '22003': ['VALIDATION_FAILED', '请求参数有误：数值超出有效范围'], // numeric_value_out_of_range
};

export const UNIQUE_VIOLATION = '23505';

/**
 * A lost race the database resolved by aborting one side: a deadlock (40P01) or a serialization failure (40001).
 * Nothing of the aborted transaction was applied; like two supervisors on one order, the loser gets 409 and retries.
 */
const RACE_STATES = new Set(['40P01', '40001']);

/** The 4xx response for a PostgreSQL error the client caused, or null for anything else (left a 500). */
export function databaseErrorResponse(exception: unknown): { status: number; body: ErrorBody } | null {
  if (exception === null || typeof exception !== 'object') return null;
  const error = exception as PgError;
  const code = error.code ?? error.driverError?.code;
  if (typeof code !== 'string') return null;
  if (code === UNIQUE_VIOLATION) {
    const raw = error.constraint ?? error.driverError?.constraint;
    const constraint = typeof raw === 'string' ? raw : null;
    const [errorCode, message] = (constraint && UNIQUE_CONSTRAINTS[constraint]) || ['CONFLICT_DUPLICATE', '数据已存在（可能是重复提交或他人同时操作），请刷新后重试'];
    return { status: 409, body: { code: errorCode, message, details: { constraint } } };
  }
  if (RACE_STATES.has(code)) {
    return { status: 409, body: { code: 'CONCURRENT_UPDATE', message: '该数据正被他人同时修改，本次操作未执行，请刷新后重试', details: { sqlState: code } } };
  }
  const input = INPUT_ERRORS[code];
  if (!input) return null;
  const details = input[0] === 'VALIDATION_FAILED' ? { fields: [], sqlState: code } : { sqlState: code };
  return { status: 400, body: { code: input[0], message: input[1], details } };
}

/** Socket errors of a database connection that is gone or refused (the server down, restarting, or unreachable). */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);
/** SQLSTATEs of a server that cannot serve now: class 08 (connection exception), shutting down, starting, full. */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;
/** node-postgres says these in words only (no code). */
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused/i;

/**
 * A 503 when the database could not be reached: the request was not served (nothing half-applied: its transaction
 * never committed), and the client may try again in a few seconds. The pool reconnects by itself once PostgreSQL is
 * back, so no restart is needed.
 */
export function databaseUnavailableResponse(exception: unknown): { status: number; body: ErrorBody } | null {
  if (exception === null || typeof exception !== 'object') return null;
  const error = exception as PgError & { message?: unknown; errno?: unknown; cause?: unknown };
  const code = error.code ?? error.driverError?.code;
  const message = typeof error.message === 'string' ? error.message : '';
  const unavailable =
    (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || UNAVAILABLE_STATES.test(code))) || CONNECTION_MESSAGES.test(message);
  if (!unavailable) return error.cause && error.cause !== exception ? databaseUnavailableResponse(error.cause) : null;
  return { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂时无法连接，本次操作未执行，请稍后重试', details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS } } };
}

export const DATABASE_RETRY_AFTER_SECONDS = 5;
