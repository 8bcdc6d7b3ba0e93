import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@app/testing';
import { verifyAuditChain } from './verify-audit-chain.js';

const exec = promisify(execFile);
let t: TestApp;
let ds: DataSource;

beforeAll(async () => {
  // Its own database: this file breaks the chain of the street it finds and then empties the trail, which would
  // leave any later file verifying the demo street in a worker's shared database with a broken chain.
  t = await createTestApp({ ownDatabase: 'audit_chain' });
  ds = t.dataSource;
  // Make some history: sign-ins and a user change write audit records.
  const admin = await t.login('admin');
  await t.http.get('/api/admin/users').set('authorization', `Bearer ${admin}`);
  await t.login('operator');
});
afterAll(async () => t?.close());

async function streetOf(): Promise<string> {
  const [row] = await ds.query('SELECT street_code FROM audit_log ORDER BY id LIMIT 1');
  return row.street_code;
}

describe('audit trail', () => {
  it('when the chain is untouched, then verification passes', async () => {
    const verdicts = await verifyAuditChain(ds);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v.ok)).toBe(true);
  });

  it('when someone tries UPDATE, DELETE or TRUNCATE, then the database itself refuses', async () => {
    await expect(ds.query(`UPDATE audit_log SET action = 'x' WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('when a record is edited by raw SQL with the trigger disabled, then verification names that record as the first broken link', async () => {
    const street = await streetOf();
    const rows = await ds.query('SELECT id FROM audit_log WHERE street_code = $1 ORDER BY id', [street]);
    const victim = Number(rows[Math.floor(rows.length / 2)].id);
    await ds.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    try {
      await ds.query(`UPDATE audit_log SET after = '{"tampered": true}'::jsonb WHERE id = $1`, [victim]);
    } finally {
      await ds.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    }
    const verdict = (await verifyAuditChain(ds)).find((v) => v.streetCode === street)!;
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBroken).toMatchObject({ id: victim, reason: 'hash_mismatch' });

    // The CLI users run says the same, with exit code 2.
    const cli = await exec(process.execPath, ['--import', 'tsx', 'libs/system/src/cli/verify-records.ts'], {
      // This file's own key prefix: checkpoints a desk on the same Redis keeps under the default one are not ours.
      env: { ...process.env, DATABASE_URL: t.config.database.url, REDIS_URL: t.config.redis.url, QUEUE_PREFIX: t.config.queue.prefix },
    }).catch((e: { code: number; stdout: string }) => e);
    expect((cli as { code?: number }).code).toBe(2);
    expect((cli as { stdout: string }).stdout).toContain(`BROKEN at audit_log.id = ${victim} (hash_mismatch)`);

    // Repair so later tests in this run see an intact chain again.
    await ds.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    try {
      await ds.query(`DELETE FROM audit_log`);
    } finally {
      await ds.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    }
  });

  it('when a record is deleted from the middle, then the next record is reported as a link mismatch', async () => {
    await t.login('operator');
    await t.login('reviewer');
    await t.login('leader');
    const street = await streetOf();
    const rows = await ds.query('SELECT id FROM audit_log WHERE street_code = $1 ORDER BY id', [street]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const [, middle, next] = rows.map((r: { id: string }) => Number(r.id));
    await ds.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    try {
      await ds.query('DELETE FROM audit_log WHERE id = $1', [middle]);
    } finally {
      await ds.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    }
    const verdict = (await verifyAuditChain(ds)).find((v) => v.streetCode === street)!;
    expect(verdict.firstBroken).toMatchObject({ id: next, reason: 'link_mismatch' });
    await ds.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    try {
      await ds.query(`DELETE FROM audit_log`);
    } finally {
      await ds.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    }
  });

  it('when 20 writers audit concurrently, then the chain stays linear and intact', async () => {
    await Promise.all(Array.from({ length: 20 }, () => t.http.post('/api/auth/login').send({ username: 'operator', password: 'Wrong#Password1' })));
    const verdicts = await verifyAuditChain(ds);
    expect(verdicts.every((v) => v.ok)).toBe(true);
    // unlock the operator for other test files
    await ds.query(`UPDATE app_user SET locked_until = NULL WHERE username = 'operator'`);
    await ds.query(`INSERT INTO login_attempt (username, user_id, at, success) SELECT username, id, now(), true FROM app_user WHERE username = 'operator'`);
  });
});
