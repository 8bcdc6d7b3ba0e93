import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { toErrorResponse } from './all-exceptions.filter.js';
import { databaseErrorResponse } from './database-errors.js';

/** What `pg` throws: an Error with the SQLSTATE in `code` and, for constraint errors, the constraint's name. */
function pgError(code: string, constraint?: string): Error {
  return Object.assign(new Error('database error'), { code, constraint, severity: 'ERROR' });
}
/** What the filter receives from a query inside TransactionRunner: TypeORM's wrapper around the driver's error. */
const wrapped = (code: string, constraint?: string) => new QueryFailedError('INSERT …', [], pgError(code, constraint));

describe('toErrorResponse for PostgreSQL errors', () => {
  it.each([
    ['the order upstream number index', wrapped('23505', 'work_order_upstream_no_uq'), 409, 'ORDER_DUPLICATE_UPSTREAM_NO', '该平台工单编号已存在'],
    ['the roster revision key', wrapped('23505', 'roster_street_code_month_revision_key'), 409, 'ROSTER_REVISION_TAKEN', expect.stringMatching(/刷新/)],
    ['any other unique index', wrapped('23505', 'something_uq'), 409, 'CONFLICT_DUPLICATE', expect.stringMatching(/已存在/)],
    ['a unique violation without a constraint name', wrapped('23505'), 409, 'CONFLICT_DUPLICATE', expect.any(String)],
    ['the bare driver error (no TypeORM wrapper)', pgError('23505', 'work_order_upstream_no_uq'), 409, 'ORDER_DUPLICATE_UPSTREAM_NO', expect.any(String)],
    ['a NUL byte in text (22021)', wrapped('22021'), 400, 'INVALID_CHARACTER', expect.stringMatching(/控制字符/)],
    ['a NUL escape in jsonb (22P05)', wrapped('22P05'), 400, 'INVALID_CHARACTER', expect.any(String)],
    ['a date out of range (22008)', wrapped('22008'), 400, 'VALIDATION_FAILED', expect.stringMatching(/日期/)],
    ['an invalid date text (22007)', wrapped('22007'), 400, 'VALIDATION_FAILED', expect.stringMatching(/日期/)],
    ['a deadlock the database broke (40P01)', wrapped('40P01'), 409, 'CONCURRENT_UPDATE', expect.stringMatching(/刷新后重试/)],
    ['a serialization failure (40001)', wrapped('40001'), 409, 'CONCURRENT_UPDATE', expect.any(String)],
    ['another server fault stays a 500', wrapped('XX000'), 500, 'INTERNAL_ERROR', expect.any(String)],
    ['a foreign-key violation stays a 500', wrapped('23503', 'x_fk'), 500, 'INTERNAL_ERROR', expect.any(String)],
    ['the server refused the connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 503, 'DATABASE_UNAVAILABLE', expect.stringMatching(/稍后重试/)],
    ['the connection dropped mid-query', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')), 503, 'DATABASE_UNAVAILABLE', expect.any(String)],
    ['the pool timed out connecting', new Error('timeout exceeded when trying to connect'), 503, 'DATABASE_UNAVAILABLE', expect.any(String)],
    ['the server is shutting down (57P01)', wrapped('57P01'), 503, 'DATABASE_UNAVAILABLE', expect.any(String)],
    ['the server is starting (57P03)', wrapped('57P03'), 503, 'DATABASE_UNAVAILABLE', expect.any(String)],
    ['a connection exception (08006)', wrapped('08006'), 503, 'DATABASE_UNAVAILABLE', expect.any(String)],
    ['a file that is missing is no outage', Object.assign(new Error('nope'), { code: 'ENOENT' }), 500, 'INTERNAL_ERROR', expect.any(String)],
  ])('when %s, then %s', (_name, error, status, code, message) => {
    const response = toErrorResponse(error);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ code, message });
  });

  it('when a unique violation is mapped, then the details name the constraint and nothing else of the query', () => {
    expect(toErrorResponse(wrapped('23505', 'work_order_upstream_no_uq')).body.details).toEqual({ constraint: 'work_order_upstream_no_uq' });
  });

  it('when the error is not from the database, then it is left alone', () => {
    expect(databaseErrorResponse(new Error('boom'))).toBeNull();
    expect(databaseErrorResponse(Object.assign(new Error('fs'), { code: 'ENOENT' }))).toBeNull();
    expect(databaseErrorResponse(null)).toBeNull();
  });
});
