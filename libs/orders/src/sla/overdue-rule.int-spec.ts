import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ORDER_STATUSES, platformLimitPassed, UPSTREAM_LIMIT_ALARM } from '../domain/index.js';
import { OVERDUE_RULE_PARAMS, overdueKindsSql } from './clock-flags.js';

/**
 * The platform-limit rule is stated twice: `platformLimitPassed` for the alarms and `overdueKindsSql` for statements
 * that set the flags. Both are evaluated here on the same table of orders, in PostgreSQL itself, and must agree.
 */
const NOW = new Date('2026-11-25T02:00:00Z');
const DUE = { none: null, passed: new Date(NOW.getTime() - 60_000), now: NOW, ahead: new Date(NOW.getTime() + 60_000) };
const LATE = [[], ['reply'], ['sign', 'reply']];

const cases = ORDER_STATUSES.flatMap((status) =>
  Object.entries(DUE).flatMap(([dueName, upstreamDueAt]) => LATE.map((lateClocks) => ({ status, dueName, upstreamDueAt, lateClocks }))),
);

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
});
afterAll(async () => client?.end());

describe('the platform-limit rule in SQL and in TypeScript', () => {
  it.each(cases)('an order $status with the limit $dueName and late clocks $lateClocks', async ({ status, upstreamDueAt, lateClocks }) => {
    const sql = `SELECT ${overdueKindsSql({ lateClocks: '$1::text[]', status: '$2::text', upstreamDueAt: '$3::timestamptz', now: '$4::timestamptz', atDesk: '$5::text[]', upstreamKind: '$6::text' })} AS kinds`;
    const { rows } = await client.query<{ kinds: string[] }>(sql, [lateClocks, status, upstreamDueAt, NOW, ...OVERDUE_RULE_PARAMS]);
    const expected = [...lateClocks, ...(platformLimitPassed({ status, upstreamDueAt }, NOW) ? [UPSTREAM_LIMIT_ALARM] : [])].sort();
    expect(rows[0].kinds).toEqual(expected);
  });

  it('the table covers both answers', () => {
    const answers = new Set(cases.map((c) => platformLimitPassed(c, NOW) !== null));
    expect(answers).toEqual(new Set([true, false]));
  });
});
