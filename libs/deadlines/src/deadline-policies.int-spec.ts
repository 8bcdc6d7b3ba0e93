import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { defaultDeadlinePolicy, type DeadlinePolicyRow } from '@app/calendar';
import { ManualClock } from '@app/clock';
import { loadReferenceData } from '@app/reference';
import { createTestApp, type TestApp } from '@app/testing';
import { DeadlineService } from './deadline.service.js';

// Other test files share this database and compute clocks from this table: the edits here touch only the
// praise × critical row, which no other test uses, and put it back at the end.
const STREET = loadReferenceData().street.code;
const clock = new ManualClock('2026-11-20T02:00:00Z');

let t: TestApp;
let admin: string;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const getTable = (token = admin) => t.http.get('/api/admin/deadline-policies').set(bearer(token));
const putTable = (rows: unknown, token = admin) => t.http.put('/api/admin/deadline-policies').set(bearer(token)).send({ rows });
const fieldsOf = (body: { details: { fields: { field: string }[] } }) => body.details.fields.map((f) => f.field);
const isPraiseCritical = (row: DeadlinePolicyRow) => row.type === 'praise' && row.urgency === 'critical';

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('GET /api/admin/deadline-policies', () => {
  it('when the admin reads the table, then it has one row per type × urgency in the code order', async () => {
    const res = await getTable();
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(21);
    expect(res.body.rows.map((r: DeadlinePolicyRow) => `${r.type}/${r.urgency}`)).toEqual(
      defaultDeadlinePolicy().map((r) => `${r.type}/${r.urgency}`),
    );
    expect(res.body.rows.find((r: DeadlinePolicyRow) => r.type === 'complaint' && r.urgency === 'normal')).toEqual(
      defaultDeadlinePolicy().find((r) => r.type === 'complaint' && r.urgency === 'normal'),
    );
  });

  it('when an operator reads the table, then 200 (the clocks are no secret); a unit user too', async () => {
    expect((await getTable(await t.login('operator'))).status).toBe(200);
    expect((await getTable(await t.login('unit.cgb'))).status).toBe(200);
  });
});

describe('PUT /api/admin/deadline-policies', () => {
  it('when the admin saves a changed table, then it reads back the same, the clocks follow it, and the change is audited', async () => {
    const original = (await getTable()).body.rows as DeadlinePolicyRow[];
    const changed = original.map((row) => (isPraiseCritical(row) ? { ...row, signWithin: { unit: 'minutes', amount: 7 } } : row));
    try {
      const saved = await putTable(changed);
      expect(saved.status).toBe(200);
      expect(saved.body.rows).toEqual(changed);
      expect(saved.body.updatedBy).toMatchObject({ displayName: '系统管理员' });
      expect((await getTable()).body.rows).toEqual(changed);

      const startAt = new Date('2026-11-20T02:00:00Z');
      const sign = await t.app.get(DeadlineService).computeClock(STREET, 'sign', { startAt, type: 'praise', urgency: 'critical' });
      expect(sign.dueAt.getTime() - startAt.getTime()).toBe(7 * 60_000);

      const [audit] = (await t.dataSource.query(
        `SELECT actor_name, entity_id, before, after FROM audit_log
          WHERE street_code = $1 AND action = 'deadline_policy.replace' ORDER BY id DESC LIMIT 1`,
        [STREET],
      )) as { actor_name: string; entity_id: string; before: { rows: DeadlinePolicyRow[] }; after: { rows: DeadlinePolicyRow[]; changedRows: number } }[];
      expect(audit).toMatchObject({ actor_name: 'admin', entity_id: STREET, after: { changedRows: 1 } });
      expect(audit.before.rows.find(isPraiseCritical)?.signWithin).toEqual({ unit: 'minutes', amount: 5 });
      expect(audit.after.rows.find(isPraiseCritical)?.signWithin).toEqual({ unit: 'minutes', amount: 7 });
    } finally {
      expect((await putTable(original)).status).toBe(200);
    }
    expect((await getTable()).body.rows).toEqual(original);
  });

  it('when rows are wrong or missing, then 400 names each bad row and field, and nothing is saved', async () => {
    const before = (await getTable()).body;
    const rows = defaultDeadlinePolicy() as unknown as Record<string, unknown>[];
    rows[0] = { ...rows[0], signWithin: { unit: 'days', amount: 1 } };
    rows[1] = { ...rows[1], reviewWithin: { unit: 'workingDays', amount: 1.5 } };
    rows[2] = { ...rows[2], contactWithin: { unit: 'hours', amount: -2 } };
    rows[3] = { ...rows[3], urgency: 'whenever' };
    rows[4] = { ...rows[4], unitReplyBuffer: undefined };
    const res = await putTable(rows);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toEqual([
      'rows.0.signWithin.unit',
      'rows.1.reviewWithin.amount',
      'rows.2.contactWithin.amount',
      'rows.3.urgency',
      'rows.4.unitReplyBuffer',
      'rows', // the type × urgency pair that row 3 no longer covers
    ]);
    expect(res.body.details.fields[1].message).toBe('初审时限按工作日计时必须为整数');
    expect(res.body.details.fields[5].message).toBe('缺少“求助 × 一般”的时限设置');
    expect((await getTable()).body).toEqual(before);
  });

  it('when a pair is listed twice or the body has no list, then 400', async () => {
    const rows = defaultDeadlinePolicy();
    const duplicated = await putTable([...rows, rows[0]]);
    expect(duplicated.status).toBe(400);
    expect(fieldsOf(duplicated.body)).toEqual(['rows.21']);
    const noList = await putTable('all of them');
    expect(noList.status).toBe(400);
    expect(fieldsOf(noList.body)).toEqual(['rows']);
  });

  it('when a supervisor tries to save the table, then 403 and the table is unchanged', async () => {
    const res = await putTable(defaultDeadlinePolicy(), await t.login('supervisor'));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', details: { required: ['admin.policies'], role: 'supervisor' } });
  });
});
