import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Actor } from '@app/access';
import { ManualClock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { loadReferenceData, seedReferenceData } from '@app/reference';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';

/**
 * The 审计 page's API: the filters an inspector needs (actor by part of the name, entity, action prefix, time range,
 * never another street), the readable diff on every record, the Excel export (always masked, itself audited), and
 * the chain verification with its progress.
 */
const clock = new ManualClock('2026-11-27T01:00:00Z');
const OTHER_STREET = '110102971';
// This run's own action prefix and names, so the records the tests count are the ones they wrote.
const run = randomBytes(3).toString('hex');
const PREFIX = `test${run}.`;
let t: TestApp;
let admin: string;
let otherAdmin: string;
let clerk: Actor;
let entityId: string;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function write(actor: Actor, action: string, before: unknown, after: unknown, id = entityId): Promise<void> {
  await t.app.get(TransactionRunner).run(actor, async (tx) => {
    tx.audit({ action, entityType: 'test_entity', entityId: id, before, after });
  });
}

async function userActor(username: string): Promise<Actor> {
  const [row] = (await t.dataSource.query(
    `SELECT id, username, display_name AS "displayName", role, unit_id AS "unitId", street_code AS "streetCode" FROM app_user WHERE username = $1`,
    [username],
  )) as Actor[];
  return row;
}

beforeAll(async () => {
  t = await createTestApp({ clock, runJobs: true });
  admin = await t.login('admin');
  // A clerk of the demo street whose display name and username the actor filter matches in part.
  await t.dataSource.query(
    `INSERT INTO app_user (street_code, username, display_name, role, password_hash)
     SELECT street_code, $1, $2, 'supervisor', password_hash FROM app_user WHERE username = 'admin'`,
    [`Clerk.${run}`, `审计员${run}`],
  );
  clerk = await userActor(`Clerk.${run}`);
  // Another street with its own admin.
  const data = loadReferenceData();
  await t.dataSource.transaction(async (m) => {
    await seedReferenceData(m, { ...data, street: { ...data.street, code: OTHER_STREET, name: '审计测试街道' } });
    await m.query(
      `INSERT INTO app_user (street_code, username, display_name, role, password_hash)
       SELECT $1, $2, $3, 'admin', password_hash FROM app_user WHERE username = 'admin'`,
      [OTHER_STREET, `admin${run}`, `审计员${run}`],
    );
  });
  otherAdmin = await t.login(`admin${run}`);
  entityId = `E-${run}`;

  // 10:00, 11:00, 12:00 (Beijing) on 2026-11-27 in the demo street; one record of the other street between them.
  clock.set('2026-11-27T02:00:00Z');
  await write(clerk, `${PREFIX}created`, null, { name: '城管办', contact: { phone: '010-6355' } });
  await write(await userActor(`admin${run}`), `${PREFIX}created`, null, { name: '别的街道' });
  clock.set('2026-11-27T03:00:00Z');
  await write(clerk, `${PREFIX}updated`, { name: '城管办', contact: { phone: '010-6355' }, tags: ['a'] }, { name: '城管办', contact: { phone: '010-6356' }, tags: ['a', 'b'] });
  clock.set('2026-11-27T04:00:00Z');
  await write(await userActor('admin'), `${PREFIX}noted`, { note: '' }, { note: '请回电 13911112222，王建国' }, `F-${run}`);
  clock.set('2026-11-27T06:00:00Z');
});
afterAll(async () => t?.close());

async function list(query: Record<string, string>, token = admin) {
  const res = await t.http.get('/api/audit').query(query).set(auth(token));
  expect(res.status).toBe(200);
  return res.body as { total: number; items: { action: string; actorName: string; actorDisplayName: string | null; entityId: string; changes: unknown[]; after: unknown }[] };
}

describe('GET /api/audit', () => {
  it('when filtered by an action prefix, then only this street\'s records of it, newest first, each with its readable diff', async () => {
    const body = await list({ action: PREFIX });
    expect(body.total).toBe(3);
    expect(body.items.map((i) => i.action)).toEqual([`${PREFIX}noted`, `${PREFIX}updated`, `${PREFIX}created`]);
    // jsonb keeps keys shortest first, so the diff lists them in that order.
    expect(body.items[1].changes).toEqual([
      { path: 'tags', before: ['a'], after: ['a', 'b'] },
      { path: 'contact.phone', before: '010-6355', after: '010-6356' },
    ]);
    expect(body.items[2].changes).toEqual([
      { path: 'name', before: null, after: '城管办' },
      { path: 'contact.phone', before: null, after: '010-6355' },
    ]);
    // The admin may not see personal data: free text is masked, and the diff is computed from what is shown.
    expect(JSON.stringify(body.items[0])).not.toContain('13911112222');
    expect(body.items[0].changes).toEqual([{ path: 'note', before: '', after: expect.stringContaining('139****2222') }]);
  });

  it('when filtered by part of the actor\'s display name or username in another case, then only that actor\'s records', async () => {
    const byName = await list({ action: PREFIX, actor: `计员${run}` });
    expect(byName.items.map((i) => [i.action, i.actorName, i.actorDisplayName])).toEqual([
      [`${PREFIX}updated`, `Clerk.${run}`, `审计员${run}`],
      [`${PREFIX}created`, `Clerk.${run}`, `审计员${run}`],
    ]);
    const byUsername = await list({ action: PREFIX, actor: `clerk.${run}`.toUpperCase().slice(2) });
    expect(byUsername.total).toBe(2);
    expect((await list({ action: PREFIX, actor: '%' })).total).toBe(0);
  });

  it('when filtered by entity, or by a time range, then only the records inside it', async () => {
    expect((await list({ entityType: 'test_entity', entityId })).items.map((i) => i.action)).toEqual([`${PREFIX}updated`, `${PREFIX}created`]);
    const range = await list({ action: PREFIX, from: '2026-11-27T10:30:00+08:00', to: '2026-11-27T12:00:00+08:00' });
    expect(range.items.map((i) => i.action)).toEqual([`${PREFIX}updated`]);
  });

  it('when the other street\'s admin asks, then only that street\'s record, and never the other way round', async () => {
    const other = await list({ action: PREFIX }, otherAdmin);
    expect(other.items.map((i) => i.after)).toEqual([{ name: '别的街道' }]);
    expect((await list({ actor: `审计员${run}`, action: PREFIX })).items.map((i) => i.actorName)).not.toContain(`admin${run}`);
  });
});

async function exportXlsx(query: Record<string, string>, token = admin) {
  return t.http
    .get('/api/admin/audit/export')
    .query(query)
    .set(auth(token))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

describe('GET /api/admin/audit/export', () => {
  it('when exported, then the filtered records in an xlsx, personal data masked, and the export itself is audited', async () => {
    const res = await exportXlsx({ action: PREFIX });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
    expect(rows[0]).toEqual(['编号', '时间（北京时间）', '操作人', '角色', '操作', '对象类型', '对象编号', '变更', '请求编号']);
    expect(rows.length - 1).toBe(3);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      [`审计员${run}（Clerk.${run}）`, '值班长', `${PREFIX}created`, entityId],
      [`审计员${run}（Clerk.${run}）`, '值班长', `${PREFIX}updated`, entityId],
      [expect.stringContaining('（admin）'), '管理员', `${PREFIX}noted`, `F-${run}`],
    ]);
    expect(rows[2][7]).toBe('tags: ["a"] → ["a","b"]\ncontact.phone: 010-6355 → 010-6356');
    expect(rows[3][7]).toContain('139****2222');
    expect(JSON.stringify(rows)).not.toContain('13911112222');

    const exported = await list({ action: 'audit.exported', actor: 'admin' });
    expect(exported.items[0].after).toEqual({ filters: { action: PREFIX }, rows: 3 });
  });

  it('when a role without audit.read asks, then 403', async () => {
    const res = await exportXlsx({}, await t.login('operator'));
    expect(res.status).toBe(403);
  });
});

describe('POST /api/admin/audit/verify', () => {
  it('when a verification runs, then its progress reaches every record of the street and the result says the chain holds', async () => {
    // The other street's chain: only this file writes it. The demo street's chain in a shared test database is
    // written by every file that ran before, some of which break it on purpose.
    const queued = await t.http.post('/api/admin/audit/verify').set(auth(otherAdmin));
    expect(queued.status).toBe(202);
    let body: { status: string; ok: boolean | null; progress: { checked: number; total: number | null }; firstBroken: unknown } | undefined;
    const seen = new Set<string>();
    await waitUntil(async () => {
      body = (await t.http.get(`/api/admin/audit/verifications/${queued.body.id}`).set(auth(otherAdmin))).body;
      seen.add(body!.status);
      return body!.status === 'finished';
    }, 30_000, () => `verification still ${JSON.stringify(body)}`);
    expect(body!.ok).toBe(true);
    expect(body!.firstBroken).toBeNull();
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE street_code = $2 AND id < (
         SELECT min(id) FROM audit_log WHERE action = 'audit.verify_requested' AND entity_id = $1) + 1`,
      [queued.body.id, OTHER_STREET],
    )) as { n: number }[];
    expect(body!.progress.total).toBeGreaterThanOrEqual(n);
    expect(body!.progress.checked).toBe(body!.progress.total);

    // Another street's admin does not see this street's verification.
    const other = await t.http.get(`/api/admin/audit/verifications/${queued.body.id}`).set(auth(admin));
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('AUDIT_VERIFICATION_NOT_FOUND');
  });
});
