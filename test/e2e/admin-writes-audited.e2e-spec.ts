import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Permission } from '@app/access';
import { ManualClock } from '@app/clock';
import { createTestApp, type TestApp } from '@app/testing';
import { probesOf, type Probe } from '../support/access-table.js';

/**
 * Every admin write is in the audit trail (administration issue). The walk reads the served OpenAPI document, so a
 * new admin endpoint appears here by itself: it must get a row below (a request that changes something) or a named
 * reason why it writes nothing — otherwise the first test fails naming it.
 */
const clock = new ManualClock('2026-11-27T02:00:00Z');
const run = randomBytes(3).toString('hex');
const ADMIN_PERMISSIONS: readonly Permission[] = ['admin.users', 'admin.reference', 'admin.policies', 'admin.shift_templates', 'admin.jobs', 'audit.read'];
const PASSWORD = 'Jiedao#Audited2027';
let t: TestApp;
let admin: string;

type Call = () => Promise<{ status: number }>;
const auth = () => ({ authorization: `Bearer ${admin}` });
const get = async (path: string) => (await t.http.get(path).set(auth())).body;
/** List endpoints answer with `{ items }` or a bare array. */
const itemsOf = <T>(body: { items?: T[] } | T[]): T[] => (Array.isArray(body) ? body : body.items ?? []);

/** Writes no record by design, with the reason; its behaviour is tested where named. */
const NOT_WRITES: Record<string, string> = {
  'POST /api/admin/holidays/{year}/preview': 'a preview saves nothing (test/e2e/admin-holidays.e2e-spec.ts)',
  'POST /api/admin/routing-rules/test': 'a dry run of the routing rules saves nothing',
  'POST /api/admin/keyword-rules/test': 'a dry run of the keyword rules saves nothing',
};
/** Audited, but needs a state the walk cannot make cheaply; the named test checks its audit record. */
const AUDITED_ELSEWHERE: Record<string, string> = {
  'POST /api/admin/jobs/{id}/retry': 'needs a failed job: test/e2e/jobs-dashboard.e2e-spec.ts checks job.retried',
};

let userId: string;
let userVersion = 1;
async function freshUser(): Promise<{ id: string; version: number }> {
  const users = (await get('/api/admin/users')) as { id: string; username: string; version: number }[];
  const user = users.find((u) => u.username === `walk.${run}`)!;
  return { id: user.id, version: user.version };
}

async function walkRuleId(): Promise<string> {
  return itemsOf<{ id: string; categoryPrefix: string }>(await get('/api/admin/routing-rules')).find((r) => r.categoryPrefix === `巡检类${run}`)!.id;
}

async function walkOverride() {
  const items = itemsOf<{ id: string; categoryPrefix: string; version: number }>(await get('/api/admin/deadline-policies/overrides'));
  return items.find((o) => o.categoryPrefix === `巡检类${run}`);
}

async function walkKeywordRuleId(): Promise<string> {
  return itemsOf<{ id: string; keywords: string[] }>(await get('/api/admin/keyword-rules')).find((r) => r.keywords.includes(`巡检${run}`))!.id;
}

const CALLS: Record<string, Call> = {
  'POST /api/admin/users': async () => {
    const res = await t.http.post('/api/admin/users').set(auth()).send({ username: `walk.${run}`, displayName: '审计巡检', role: 'leader', password: PASSWORD });
    userId = res.body.id;
    return res;
  },
  'PATCH /api/admin/users/{id}': async () => {
    ({ version: userVersion } = await freshUser());
    return t.http.patch(`/api/admin/users/${userId}`).set(auth()).send({ version: userVersion, displayName: '审计巡检（改）' });
  },
  'POST /api/admin/users/{id}/unlock': () => t.http.post(`/api/admin/users/${userId}/unlock`).set(auth()),
  'POST /api/admin/users/{id}/active': () => t.http.post(`/api/admin/users/${userId}/active`).set(auth()).send({ active: false }),
  'POST /api/admin/users/{id}/password': () => t.http.post(`/api/admin/users/${userId}/password`).set(auth()).send({ password: `${PASSWORD}x` }),
  'PUT /api/admin/deadline-policies': async () => {
    const rows = (await get('/api/admin/deadline-policies')).rows as { type: string; urgency: string; signWithin: { unit: string; amount: number } }[];
    const row = rows.find((r) => r.type === 'praise' && r.urgency === 'critical')!;
    row.signWithin = { ...row.signWithin, amount: row.signWithin.amount + 1 };
    return t.http.put('/api/admin/deadline-policies').set(auth()).send({ rows });
  },
  'PUT /api/admin/holidays/{year}': () =>
    t.http.put('/api/admin/holidays/2031').set(auth()).send({ entries: [{ date: '2031-01-01', kind: 'holiday', name: '元旦' }], markLoaded: false }),
  'POST /api/admin/communities': () =>
    t.http.post('/api/admin/communities').set(auth()).send({ code: String(900 + (parseInt(run, 16) % 99)), name: `巡检社区${run}`, gazetteer: [`巡检路${run}`] }),
  'PATCH /api/admin/communities/{id}': async () => {
    const item = itemsOf<{ id: string; name: string }>(await get('/api/admin/communities')).find((c) => c.name === `巡检社区${run}`)!;
    return t.http.patch(`/api/admin/communities/${item.id}`).set(auth()).send({ gazetteer: [`巡检路${run}`, `巡检院${run}`] });
  },
  'PUT /api/admin/community-duty-categories': async () =>
    t.http.put('/api/admin/community-duty-categories').set(auth()).send({ categories: (await get('/api/admin/communities')).dutyCategories }),
  'POST /api/admin/categories': () => t.http.post('/api/admin/categories').set(auth()).send({ parentPath: null, name: `巡检类${run}` }),
  'POST /api/admin/deadline-policies/overrides': () =>
    t.http.post('/api/admin/deadline-policies/overrides').set(auth()).send({ categoryPrefix: `巡检类${run}`, type: 'praise', signWithin: { unit: 'minutes', amount: 10 } }),
  'PATCH /api/admin/deadline-policies/overrides/{id}': async () => {
    const item = (await walkOverride())!;
    return t.http.patch(`/api/admin/deadline-policies/overrides/${item.id}`).set(auth())
      .send({ version: item.version, categoryPrefix: item.categoryPrefix, type: 'praise', signWithin: { unit: 'minutes', amount: 12 } });
  },
  'DELETE /api/admin/deadline-policies/overrides/{id}': async () =>
    t.http.delete(`/api/admin/deadline-policies/overrides/${(await walkOverride())!.id}`).set(auth()),
  'POST /api/admin/units': () =>
    t.http.post('/api/admin/units').set(auth()).send({ code: `W${run}`.toUpperCase(), name: `巡检单位${run}`, kind: 'office', contact: '010-63550000' }),
  'PATCH /api/admin/units/{id}': async () => {
    const unit = itemsOf<{ id: string; code: string }>(await get('/api/admin/units')).find((u) => u.code === `W${run}`.toUpperCase())!;
    return t.http.patch(`/api/admin/units/${unit.id}`).set(auth()).send({ contact: '010-63559999' });
  },
  'POST /api/admin/routing-rules': () =>
    t.http.post('/api/admin/routing-rules').set(auth()).send({ categoryPrefix: `巡检类${run}`, unitCode: `W${run}`.toUpperCase() }),
  'PATCH /api/admin/routing-rules/{id}': async () =>
    t.http.patch(`/api/admin/routing-rules/${await walkRuleId()}`).set(auth()).send({ unitCode: 'community' }),
  'DELETE /api/admin/routing-rules/{id}': async () => t.http.delete(`/api/admin/routing-rules/${await walkRuleId()}`).set(auth()),
  // Before the category below is stopped: a keyword rule needs an active third-level category, so it uses a seeded one.
  'POST /api/admin/keyword-rules': () =>
    t.http.post('/api/admin/keyword-rules').set(auth()).send({ categoryPath: '交通管理/道路设施/井盖缺失', keywords: [`巡检${run}`] }),
  'PATCH /api/admin/keyword-rules/{id}': async () =>
    t.http.patch(`/api/admin/keyword-rules/${await walkKeywordRuleId()}`).set(auth()).send({ position: 0 }),
  'DELETE /api/admin/keyword-rules/{id}': async () => t.http.delete(`/api/admin/keyword-rules/${await walkKeywordRuleId()}`).set(auth()),
  'PUT /api/admin/stop-words': async () =>
    t.http.put('/api/admin/stop-words').set(auth()).send({ words: [...(await get('/api/admin/stop-words')).words, `巡检${run}`] }),
  'PATCH /api/admin/categories': () => t.http.patch('/api/admin/categories').set(auth()).send({ path: `巡检类${run}`, active: false }),
  'POST /api/admin/review-checklist': () =>
    t.http.post('/api/admin/review-checklist').set(auth()).send({ code: `walk_${run}`, label: '巡检核对项', naAllowed: true }),
  'PATCH /api/admin/review-checklist/{code}': async () => {
    const items = itemsOf<{ code: string; version: number }>(await get('/api/admin/review-checklist'));
    const item = items.find((i) => i.code === `walk_${run}`)!;
    return t.http.patch(`/api/admin/review-checklist/walk_${run}`).set(auth()).send({ version: item.version, label: '巡检核对项（改）' });
  },
  'POST /api/admin/screening-phrases': () => t.http.post('/api/admin/screening-phrases').set(auth()).send({ kind: 'evasive', phrase: `巡检${run}` }),
  'DELETE /api/admin/screening-phrases/{id}': async () => {
    const items = itemsOf<{ id: string; phrase: string }>(await get('/api/admin/screening-phrases'));
    return t.http.delete(`/api/admin/screening-phrases/${items.find((i) => i.phrase === `巡检${run}`)!.id}`).set(auth());
  },
  'POST /api/reply-templates': () =>
    t.http.post('/api/reply-templates').set(auth()).send({ title: `巡检答复${run}`, body: '您好，{{诉求人称呼}}，您反映的问题已处理。' }),
  'PATCH /api/reply-templates/{id}': async () => {
    const items = itemsOf<{ id: string; title: string; version: number }>(await get('/api/reply-templates'));
    const item = items.find((i) => i.title === `巡检答复${run}`)!;
    return t.http.patch(`/api/reply-templates/${item.id}`).set(auth()).send({ version: item.version, active: false });
  },
  'PUT /api/roster/templates': () =>
    t.http.put('/api/roster/templates').set(auth()).send({ code: `W${run}`.slice(0, 16), name: '巡检班', start: '09:00', end: '12:00', workdaysOnly: true }),
  // A future version of the scoring weights (the admin may not read statistics, so the values are the default's).
  'PUT /api/stats/config': () =>
    t.http.put('/api/stats/config').set(auth()).send({ effectiveFrom: '2031-01-01', weights: { response: 0.1, resolution: 0.5, satisfaction: 0.4 }, basicallySatisfiedWeight: 0.9, periodMode: 'calendar' }),
  'POST /api/admin/audit/verify': () => t.http.post('/api/admin/audit/verify').set(auth()),
};

/** Writes the admin may call whose permission is an admin one (reply templates are kept by the admin too). */
function adminWrites(probes: Probe[]): Probe[] {
  const adminOnes: readonly Permission[] = [...ADMIN_PERMISSIONS, 'reply_template.manage'];
  return probes.filter((p) => ['post', 'put', 'patch', 'delete'].includes(p.method)
    && p.rule?.kind === 'permission' && p.rule.permissions.some((permission) => adminOnes.includes(permission)));
}

let writes: Probe[];
beforeAll(async () => {
  // Its own database: the walk changes deadline policies, holidays and scoring weights other files compute with.
  t = await createTestApp({ clock, ownDatabase: 'admin-writes' });
  admin = await t.login('admin');
  writes = adminWrites(probesOf((await t.http.get('/api/docs/openapi.json')).body));
});
afterAll(async () => t?.close());

describe('every admin write is audited', () => {
  it('when the API has an admin write, then the walk knows how to call it or why it writes nothing', () => {
    expect(writes.length).toBeGreaterThan(10);
    const unknown = writes.map((p) => p.name).filter((name) => !(name in CALLS) && !(name in NOT_WRITES) && !(name in AUDITED_ELSEWHERE));
    expect(unknown).toEqual([]);
  });

  it('when the admin calls each one, then each leaves at least one new record in the trail, by the admin', async () => {
    const [{ id: adminId }] = (await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`)) as { id: string }[];
    const missing: string[] = [];
    // In the order of the table: later rows use what earlier ones made (the user, the checklist item, the phrase).
    for (const [name, call] of Object.entries(CALLS)) {
      if (!writes.some((p) => p.name === name)) continue;
      const [{ head }] = (await t.dataSource.query('SELECT coalesce(max(id), 0)::bigint AS head FROM audit_log')) as { head: string }[];
      const res = await call();
      if (res.status >= 300) {
        missing.push(`${name}: HTTP ${res.status} ${JSON.stringify((res as { body?: unknown }).body)}`);
        continue;
      }
      const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log WHERE id > $1 AND actor_id = $2', [head, adminId])) as { n: number }[];
      if (n < 1) missing.push(`${name}: no audit record`);
    }
    expect(missing).toEqual([]);
  });
});
