import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, waitUntil, type TestApp } from '@app/testing';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';

/**
 * Per-process caches across processes: the api changes the street's routing rules, and a separate worker process,
 * which has just built the street's classifier for an import, uses the new rule for its very next import instead
 * of its cached classifier (kept for up to a minute otherwise). The api tells the worker over Redis (the cache bus).
 */
const LIFT = '城乡建设/物业管理/电梯运行';
const run = Date.now().toString(36).toUpperCase().slice(-5);
const UNIT = { code: `DT${run}`, name: `电梯维保中心${run}` };
const HEADER = '工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求类型,一级分类,二级分类,三级分类,紧急程度,办理时限,来源渠道';
let t: TestApp;
let worker: WorkerProcess;
let operator: { authorization: string };
let admin: { authorization: string };

beforeAll(async () => {
  // Its own database: the rule added here would change other files' suggestions. Jobs run only in the worker.
  t = await createTestApp({ runJobs: false, ownDatabase: 'cache_bus' });
  worker = await startWorkerProcess(t.config);
  operator = { authorization: `Bearer ${await t.login('operator')}` };
  admin = { authorization: `Bearer ${await t.login('admin')}` };
}, 180_000);
afterAll(async () => {
  await worker?.stop('SIGTERM');
  await t?.close();
});

/** Beijing wall-clock time `hours` from now, as the platform's export writes it. */
const beijing = (hours: number) => new Date(Date.now() + (8 + hours) * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** Imports a one-row CSV of a 电梯 complaint numbered `upstreamNo` and returns the unit its stored suggestion names. */
async function importLiftComplaint(upstreamNo: string, phone: string): Promise<{ unitName: string | null; rule: string } | null> {
  const row = [upstreamNo, beijing(-1), '孙某某', phone, '黑窑厂街12号院3号楼', '3号楼电梯经常停运，老人上下楼很困难。', '投诉', '城乡建设', '物业管理', '电梯运行', '一般', beijing(24 * 7), '电话'];
  const csv = Buffer.from(`${HEADER}\n${row.join(',')}\n`, 'utf8');
  const started = await t.http.post('/api/imports').set(operator).attach('file', csv, `${upstreamNo}.csv`);
  expect(started.status).toBe(202);
  let report: Record<string, any> = {};
  await waitUntil(
    async () => {
      report = (await t.http.get(`/api/imports/${started.body.id}`).set(operator)).body;
      return report.status === 'done' || report.status === 'failed';
    },
    60_000,
    () => `import ${started.body.id} did not finish: ${JSON.stringify(report)}; worker log:\n${worker.log()}`,
  );
  expect(report).toMatchObject({ status: 'done', counts: { created: 1 } });
  const list = await t.http.get(`/api/orders?q=${upstreamNo}`).set(operator);
  const [order] = list.body.items as { id: string }[];
  const suggestions = await t.http.get(`/api/orders/${order!.id}/suggestions`).set(operator);
  expect(suggestions.status).toBe(200);
  return suggestions.body.suggestions.unit;
}

describe('api and worker caches', () => {
  it('when the admin adds a routing rule through the api, then the worker\'s next import uses it at once', async () => {
    // The worker builds and caches the street's classifier: the rule for all of 物业管理 sends lifts to 城管办.
    const before = await importLiftComplaint(`CB${run}1`, '13966510001');
    expect(before).toMatchObject({ rule: '城乡建设/物业管理' });

    const unit = await t.http.post('/api/admin/units').set(admin).send({ code: UNIT.code, name: UNIT.name, kind: 'utility' });
    expect(unit.status).toBe(201);
    const rule = await t.http.post('/api/admin/routing-rules').set(admin).send({ categoryPrefix: LIFT, unitCode: UNIT.code });
    expect(rule.status).toBe(201);

    const after = await importLiftComplaint(`CB${run}2`, '13966510002');
    expect(after).toMatchObject({ unitName: UNIT.name, rule: LIFT });
  }, 180_000);
});
