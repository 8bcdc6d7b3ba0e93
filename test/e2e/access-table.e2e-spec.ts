import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ROLES, type Role } from '@app/access';
import { ManualClock } from '@app/clock';
import { DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { DEMO_USERS } from '@app/demo';
import { createTestApp, SHARED_SEED_MOMENT, waitUntil, type TestApp } from '@app/testing';
import type { Response } from 'supertest';
import { mayCall, passesGuard, pooled, probesOf, unknownPermissions, urlOf, type Probe } from '../support/access-table.js';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

/**
 * Issue 13 "Prove": the access table. Every operation the served OpenAPI document lists, called as every role and
 * anonymously, answers as the permission matrix says; every route that takes an order id hides another unit's order
 * as if it did not exist; and what a leader can read — screens and the ledger export — holds no citizen's name,
 * phone or ID number in clear. Nothing here lists routes by hand except the few that are open to everyone.
 */
const clock = new ManualClock(SHARED_SEED_MOMENT); // Wednesday 2026-11-25 10:00 in Beijing
let t: TestApp;
let desk: OrderDesk;
let probes: Probe[];
/** Held by CGB (the table's unit user), carrying the personal data the leader scan looks for. */
let held: string;
/** Dispatched to another unit: CGB never held it. */
let foreign: string;

const USER_OF = Object.fromEntries(ROLES.map((role) => [role, DEMO_USERS.find((u) => u.role === role)!.username])) as Record<Role, string>;
type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [...ROLES, 'anonymous'];

/** The routes anyone may call, each with what an anonymous caller sending nothing gets: they are tested as such. */
const PUBLIC_ROUTES: Record<string, number> = {
  'POST /api/auth/login': 400, // reaches the credentials check: the body is missing
  'POST /api/auth/refresh': 400, // an API client names its refresh token in the body (the web UI sends a cookie)
  'POST /api/auth/logout': 401, // proves itself by the access or refresh token
  'GET /api/health': 200,
  'POST /api/intake/orders': 401, // the platform's signed intake: no signature, no entry
};
/** Any signed-in user: who they are and the reference lists every screen needs. */
const ANY_SIGNED_IN = ['GET /api/me', 'GET /api/units', 'GET /api/communities', 'GET /api/categories'];

const NAME = '司徒振邦';
const PHONE = '13966310001';
const ID_NO = '110101198805061234';
const LANDLINE = '010-63037788';
const CONTENT = `诉求人${NAME}（身份证${ID_NO}）反映小区门口占道经营，电话${PHONE}，家中座机${LANDLINE}。`;
const CLEAR = [NAME, PHONE, ID_NO, '63037788', '6303 7788'];
const leaks = (body: unknown) => CLEAR.filter((value) => JSON.stringify(body ?? null).includes(value));

const at = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();
const checklist = () => DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: i.code === 'result_clear' ? 'fail' : 'pass' }));

async function ok(user: string, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await desk.act(user, id, action, body);
  expect({ action, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ action, status: 200, body: undefined });
}

function call(probe: Probe, caller: Caller, orderId: string | null): Promise<Response> {
  const method = probe.method as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const req = t.http[method](urlOf(probe, orderId));
  if (caller !== 'anonymous') req.set(desk.as(USER_OF[caller]));
  return method === 'get' ? req : req.send({});
}

const answer = (res: Response) => `${res.status} ${res.body?.code ?? ''}`.trim();

beforeAll(async () => {
  // A database of its own: the table really checks staff in and out, reveals, verifies the audit trail and writes a
  // ledger, which the files sharing the run's database must not find. Jobs run in-process so the ledger is written
  // while the test waits; the platform's secret is set so the signed intake refuses by signature, not as unconfigured.
  t = await createTestApp({
    clock, runJobs: true, ownDatabase: 'access_table', configOverrides: { INTAKE_HMAC_SECRET: 'access-table-' + 'k'.repeat(32) },
  });
  desk = await openOrderDesk(t, clock, { users: Object.values(USER_OF), phonePrefix: '1396632' });
  probes = probesOf((await t.http.get('/api/docs/openapi.json')).body);

  // The personal data goes wherever free text goes: content, instructions, reply, review comment, hang plan.
  held = await desk.intake({ citizenName: NAME, citizenPhone: PHONE, content: CONTENT });
  await ok('operator', held, 'sign');
  await ok('supervisor', held, 'dispatch', { leadUnitId: desk.units.CGB, instructions: `请联系${NAME}，座机${LANDLINE}。` });
  await ok('unit.cgb', held, 'reply', {
    content: `已电话${PHONE}联系${NAME}（${ID_NO}），占道摊位已清理。`,
    contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [],
  });
  await ok('reviewer', held, 'reject', { checklist: checklist(), comment: `请再联系${NAME}（${PHONE}）确认结果` });
  await ok('supervisor', held, 'hang', { plan: `待${NAME}（${LANDLINE}）所在小区改造后处理`, nextProgressAt: at(30 * 24) });

  foreign = await desk.intake();
  await ok('operator', foreign, 'sign');
  await ok('supervisor', foreign, 'dispatch', { leadUnitId: Object.entries(desk.units).find(([code]) => code !== 'CGB')![1] });
}, 180_000);
afterAll(async () => t?.close());

describe('the OpenAPI document', () => {
  it('when read, then every operation declares its access rule, naming only permissions the matrix knows', () => {
    expect(probes.length).toBeGreaterThan(100);
    expect(probes.filter((p) => !p.rule).map((p) => p.name)).toEqual([]);
    expect(probes.flatMap((p) => unknownPermissions(p).map((perm) => `${p.name}: ${perm}`))).toEqual([]);
  });

  it('when read, then only the known routes are open to everyone or to any signed-in user', () => {
    const of = (kind: string) => probes.filter((p) => p.rule?.kind === kind).map((p) => p.name).sort();
    expect(of('public')).toEqual(Object.keys(PUBLIC_ROUTES).sort());
    expect(of('authenticated')).toEqual([...ANY_SIGNED_IN].sort());
  });
});

describe('every guarded route × every role', () => {
  it('when called with an empty body, then anonymous 401, a role without the permission 403 FORBIDDEN, one with it neither, and nobody a 500', async () => {
    // A route that declares nothing is in the table too: the guard refuses it to everyone, and the table says why.
    const guarded = probes.filter((p) => p.rule?.kind !== 'public');
    const cells = guarded.flatMap((probe) => CALLERS.map((caller) => ({ probe, caller })));
    const mismatches = await pooled(cells, 8, async ({ probe, caller }) => {
      const res = await call(probe, caller, held);
      if (!probe.rule) return `${probe.name} as ${caller}: declares no access rule, got ${answer(res)}`;
      const expected = caller === 'anonymous' ? '401 AUTH_UNAUTHENTICATED' : mayCall(probe, caller) ? 'not 401/403' : '403 FORBIDDEN';
      const fine =
        res.status < 500 &&
        (expected === 'not 401/403' ? res.status !== 401 && res.status !== 403 : answer(res) === expected);
      return fine ? null : `${probe.name} as ${caller}: expected ${expected}, got ${answer(res)}`;
    });
    expect(mismatches.filter(Boolean)).toEqual([]);
  }, 180_000);
});

describe('routes open to everyone', () => {
  it('when called anonymously with nothing, then each answers as it should and none with a 500', async () => {
    const open = probes.filter((p) => p.rule?.kind === 'public');
    const got = await pooled(open, 8, async (p) => [p.name, (await call(p, 'anonymous', null)).status] as const);
    expect(Object.fromEntries(got)).toEqual(PUBLIC_ROUTES);
    expect((await t.http.get('/api/docs')).status).toBe(200);
  });

  it('when a session signs out, then its own token stops working (a separate session, not the table’s)', async () => {
    const token = await t.login('operator');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.http.post('/api/auth/logout').set(bearer)).status).toBe(204);
    expect((await t.http.get('/api/me').set(bearer)).status).toBe(401);
  });
});

describe('unit scope on every route that takes an order id', () => {
  it('when unit staff name an order their unit never held, then the answer is the same as for no order at all: 404 past the guard', async () => {
    const scoped = probes.filter((p) => p.takesOrderId);
    expect(scoped.length).toBeGreaterThan(20);
    const mismatches = await pooled(scoped, 8, async (probe) => {
      const [other, none] = [answer(await call(probe, 'unit', foreign)), answer(await call(probe, 'unit', null))];
      // The guard answers before any order is looked up; past it, scope comes before the action's own permission.
      const expected = passesGuard(probe, 'unit') ? '404' : '403 FORBIDDEN';
      return other.startsWith(expected) && other === none ? null : `${probe.name}: another unit's order → ${other}, no order → ${none}, expected ${expected}`;
    });
    expect(mismatches.filter(Boolean)).toEqual([]);
  }, 120_000);
});

describe('what a leader reads', () => {
  it('when the leader reads every route open to them, then no name, phone or ID number is in clear', async () => {
    const readable = probes.filter((p) => p.method === 'get' && p.rule?.kind !== 'public' && mayCall(p, 'leader'));
    const urls = [
      ...readable.map((p) => urlOf(p, held)),
      // The order itself among the lists, found as a leader finds it (words, not numbers).
      '/api/orders?q=占道经营&pageSize=200',
      '/api/hung-orders?pageSize=200',
    ];
    const pages = await pooled(urls, 8, async (url) => ({ url, res: await t.http.get(url).set(desk.as('leader')) }));
    expect(pages.filter(({ res }) => res.status >= 500).map(({ url, res }) => `${url} → ${res.status}`)).toEqual([]);
    expect(pages.flatMap(({ url, res }) => leaks(res.body).map((value) => `${url}: ${value}`))).toEqual([]);
    // The scan saw the order: in the list, in the hung list, its detail and its review rounds.
    const body = (url: string) => JSON.stringify(pages.find((p) => p.url === url)!.res.body);
    for (const url of ['/api/orders?q=占道经营&pageSize=200', '/api/hung-orders?pageSize=200', `/api/orders/${held}`]) expect(body(url)).toContain(held);
    expect(body(`/api/review/orders/${held}/history`)).toContain('请再联系');
  });

  it('when the leader downloads the month’s ledger the admin asked for, then the file holds the order but none of its personal data in clear', async () => {
    const requested = await t.http.post('/api/reports').set(desk.as('admin')).send({ kind: 'monthly-ledger', period: '2026-11' });
    expect(requested.status).toBe(202);
    const id = requested.body.id as string;
    let run: { status: string; masked: boolean; files: { format: string }[] } | undefined;
    await waitUntil(async () => {
      run = (await t.http.get(`/api/reports/${id}`).set(desk.as('leader'))).body;
      return run?.status === 'done' || run?.status === 'failed';
    }, 60_000, () => `ledger ${id} not finished: ${JSON.stringify(run)}`);
    expect(run).toMatchObject({ status: 'done', masked: true });

    const res = await t.http.get(`/api/reports/${id}/download?format=xlsx`).set(desk.as('leader')).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text)))));
    const { localNo } = await desk.detail(held);
    expect(cells).toContain(localNo);
    expect(leaks(cells)).toEqual([]);
  }, 90_000);
});
