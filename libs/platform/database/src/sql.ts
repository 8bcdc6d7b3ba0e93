/**
 * TypeORM's `query()` returns rows for SELECT/INSERT but `[rows, rowCount]` for UPDATE/DELETE on PostgreSQL;
 * this gives the RETURNING rows either way.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * Whether PostgreSQL takes the string as a `uuid` (the 8-4-4-4-12 hex form): an id from a request that is not one
 * names nothing, and passing it on fails the query with 22P02, a 500. `[0-9a-f-]{36}` is not enough: 36 zeros or
 * dashes pass it (issue 13 fuzzing).
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
