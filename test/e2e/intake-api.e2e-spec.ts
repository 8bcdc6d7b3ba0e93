import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { signIntakeRequest } from '@app/intake';
import { ClockAlarms, DEFAULT_REVIEW_CHECKLIST } from '@app/orders';
import { createTestApp, testConfig, type TestApp } from '@app/testing';

const SECRET = 'platform-shared-secret-'.padEnd(48, 'k');
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
let seq = 0;

function order(overrides: Record<string, unknown> = {}) {
  seq++;
  return {
    upstreamNo: `API2026112500${String(seq).padStart(2, '0')}`,
    channel: 'hotline',
    receivedAt: '2026-11-25T09:40:00+08:00',
    citizenName: '钱某某',
    citizenPhone: `1367777${String(1000 + seq).slice(-4)}`,
    address: '龙泉胡同17号',
    type: 'complaint',
    urgency: 'normal',
    category: '交通管理/停车管理/乱停车',
    content: '龙泉胡同17号门口长期有车辆占用消防通道停放，请处理。',
    upstreamDueAt: '2026-12-02T09:40:00+08:00',
    ...overrides,
  };
}

/** Sends a body as the platform does: the raw bytes, a Unix-seconds timestamp, and the HMAC over both. */
function send(body: unknown, { secret = SECRET, at = clock.now(), raw }: { secret?: string; at?: Date; raw?: string } = {}) {
  const text = raw ?? JSON.stringify(body);
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return t.http
    .post('/api/intake/orders')
    .set('content-type', 'application/json')
    .set('x-hd-timestamp', timestamp)
    .set('x-hd-signature', signIntakeRequest(secret, timestamp, text))
    .send(text);
}

beforeAll(async () => {
  t = await createTestApp({ clock, config: testConfig({ INTAKE_HMAC_SECRET: SECRET }) });
});
afterAll(async () => t?.close());

describe('POST /api/intake/orders (signed platform intake)', () => {
  it('when the platform sends a correctly signed order, then it is created through intake (201, 待签收, sign clock, community)', async () => {
    const body = order();
    const res = await send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ upstreamNo: body.upstreamNo, status: 'new', created: true });
    const [row] = await t.dataSource.query(
      `SELECT c.name AS community, (SELECT count(*)::int FROM order_clock k WHERE k.order_id = o.id) AS clocks,
              (SELECT payload->>'source' FROM order_event e WHERE e.order_id = o.id AND e.action = 'create') AS source
         FROM work_order o LEFT JOIN community c ON c.id = o.community_id WHERE o.id = $1`,
      [res.body.id],
    );
    expect(row).toEqual({ community: '龙泉社区', clocks: 1, source: 'api' });
  });

  it('when the same order is sent twice (new timestamp, new signature), then it exists once and the second answer is 200', async () => {
    const body = order();
    const first = await send(body);
    clock.advance(1000);
    const second = await send(body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, created: false, changedFields: [] });
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM work_order WHERE upstream_no = $1', [body.upstreamNo]);
    expect(n).toBe(1);
  });

  it('when the platform sends the order again with a changed limit, then it is updated, not duplicated', async () => {
    const body = order();
    await send(body);
    clock.advance(1000);
    const res = await send({ ...body, upstreamDueAt: '2026-12-03T09:40:00+08:00' });
    expect(res.status).toBe(200);
    expect(res.body.changedFields).toEqual(['upstreamDueAt']);
  });

  it('when the platform sends an order received 3 days ago with a limit yesterday, then it is written 超期 naming the sign clock and the limit, and the sweep adds nothing', async () => {
    // now is 2026-11-25 10:00 Beijing; sign within 30 min of receipt (normal) fell due on 11-22 at 10:30
    const body = order({ receivedAt: '2026-11-22T10:00:00+08:00', upstreamDueAt: '2026-11-24T10:00:00+08:00' });
    const res = await send(body);
    expect(res.status).toBe(201);
    const [sign] = await t.dataSource.query(`SELECT started_at, due_at FROM order_clock WHERE order_id = $1 AND kind = 'sign'`, [res.body.id]);
    expect({ startedAt: sign.started_at.toISOString(), dueAt: sign.due_at.toISOString() }).toEqual({ startedAt: '2026-11-22T02:00:00.000Z', dueAt: '2026-11-22T02:30:00.000Z' });

    // Recorded with the order, as the sweep would have: its flags, both timeline entries, both audit records.
    const recorded = await t.dataSource.query(`SELECT payload->>'clock' AS clock, (payload->>'dueAt')::timestamptz AS "dueAt" FROM order_event WHERE order_id = $1 AND action = 'overdue' ORDER BY 1`, [res.body.id]);
    expect(recorded.map((e: { clock: string; dueAt: Date }) => ({ clock: e.clock, dueAt: e.dueAt.toISOString() }))).toEqual([
      { clock: 'sign', dueAt: '2026-11-22T02:30:00.000Z' }, { clock: 'upstream', dueAt: '2026-11-24T02:00:00.000Z' },
    ]);
    const audits = await t.dataSource.query(`SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'order.overdue' ORDER BY id`, [res.body.id]);
    expect(audits).toEqual([
      { before: { overdue: false, overdueClocks: [] }, after: { overdue: true, clock: 'sign' } },
      { before: { overdue: true, overdueClocks: ['sign'] }, after: { overdue: true, clock: 'upstream' } },
    ]);
    await t.app.get(ClockAlarms).sweep();
    const token = await t.login('supervisor');
    const list = await t.http.get(`/api/orders?overdue=true&q=${body.upstreamNo}`).set('authorization', `Bearer ${token}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: { id: string; overdueClocks: string[] }) => ({ id: o.id, clocks: o.overdueClocks }))).toEqual([{ id: res.body.id, clocks: ['sign', 'upstream'] }]);
    const byLimit = await t.http.get(`/api/orders?overdueClock=upstream&q=${body.upstreamNo}`).set('authorization', `Bearer ${token}`);
    expect(byLimit.body.items.map((o: { overdueClockLabels: string[] }) => o.overdueClockLabels)).toEqual([['签收时限', '平台办理时限']]);
    const events = await t.dataSource.query(`SELECT payload->>'clock' AS clock FROM order_event WHERE order_id = $1 AND action = 'overdue' ORDER BY 1`, [res.body.id]);
    expect(events).toEqual([{ clock: 'sign' }, { clock: 'upstream' }]);

    // signed: the sign clock stops, but the order still waits at the desk past the platform's limit
    await t.app.get(ClockAlarms).sweep(); // a second sweep records nothing new
    const signed = await t.http.post(`/api/orders/${res.body.id}/actions/sign`).set('authorization', `Bearer ${token}`).send({ version: list.body.items[0].version });
    expect(signed.status).toBe(200);
    const [row] = await t.dataSource.query('SELECT overdue_clocks FROM work_order WHERE id = $1', [res.body.id]);
    expect(row.overdue_clocks).toEqual(['upstream']);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM order_event WHERE order_id = $1 AND action = 'overdue'`, [res.body.id]))[0].n).toBe(2);
  });

  it('when the signature is made with another secret, then 401 INTAKE_SIGNATURE_INVALID and nothing is created', async () => {
    const body = order();
    const res = await send(body, { secret: 'a-wrong-secret-'.padEnd(40, 'x') });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'INTAKE_SIGNATURE_INVALID', message: expect.stringMatching(/签名校验失败/) });
    expect((await t.dataSource.query('SELECT 1 FROM work_order WHERE upstream_no = $1', [body.upstreamNo])).length).toBe(0);
  });

  it('when the body was changed after signing, then 401', async () => {
    const body = order();
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const res = await t.http.post('/api/intake/orders').set('content-type', 'application/json').set('x-hd-timestamp', timestamp)
      .set('x-hd-signature', signIntakeRequest(SECRET, timestamp, JSON.stringify(body)))
      .send(JSON.stringify({ ...body, address: '米市胡同45号' }));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INTAKE_SIGNATURE_INVALID');
  });

  it('when the headers are missing, then 401 INTAKE_SIGNATURE_MISSING', async () => {
    const res = await t.http.post('/api/intake/orders').send(order());
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INTAKE_SIGNATURE_MISSING');
  });

  it.each([
    ['six minutes old', -6],
    ['six minutes in the future', 6],
  ])('when the timestamp is %s, then 401 INTAKE_TIMESTAMP_SKEW', async (_name, minutes) => {
    const res = await send(order(), { at: new Date(clock.now().getTime() + minutes * 60_000) });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INTAKE_TIMESTAMP_SKEW');
  });

  it('when a captured request is sent again unchanged, then 401 INTAKE_REPLAYED', async () => {
    const body = order();
    const text = JSON.stringify(body);
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const replay = () =>
      t.http.post('/api/intake/orders').set('content-type', 'application/json').set('x-hd-timestamp', timestamp)
        .set('x-hd-signature', signIntakeRequest(SECRET, timestamp, text)).send(text);
    expect((await replay()).status).toBe(201);
    const again = await replay();
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('INTAKE_REPLAYED');
  });

  it('when a signed body is invalid, then 400 naming the fields', async () => {
    const res = await send(order({ citizenPhone: '12345', type: 'fax' }));
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['citizenPhone', 'type']));
  });

  it('when a signed order repeats a recent one by the same caller, then it is flagged as a suspected duplicate', async () => {
    const first = await send(order({ citizenPhone: '13655550001', content: '米市胡同45号家中暖气不热，室温只有15度，家里有老人，请协调供暖单位。', address: '米市胡同45号', category: '公共服务/供暖/室温不达标' }));
    const second = await send(order({ citizenPhone: '13655550001', content: '米市胡同45号暖气还是不热，室温15度左右，家里有老人，前天已反映过，请供暖单位尽快上门。', address: '米市胡同45号', category: '公共服务/供暖/室温不达标' }));
    const operator = await t.login('operator');
    const dup = await t.http.get(`/api/orders/${second.body.id}/duplicates`).set('authorization', `Bearer ${operator}`);
    expect(dup.body.candidates[0]).toMatchObject({ orderId: first.body.id, reasons: ['same_phone_7d', 'same_place_similar', 'same_phone_similar_30d'] });
  });
});

describe('classification suggestions and override', () => {
  let operator: string;
  beforeAll(async () => {
    operator = await t.login('operator');
  });

  it('when the intake form asks for suggestions, then community, category and unit come with their reasons', async () => {
    const res = await t.http.post('/api/intake/classify').set('authorization', `Bearer ${operator}`)
      .send({ address: '南华里５号楼２单元', content: '楼道里堆放大量杂物，存在消防隐患' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      community: { communityName: '南华里社区', entry: '南华里', reason: expect.stringMatching(/南华里/) },
      category: { category: '市容环境/环境卫生/楼道堆物', keywords: expect.arrayContaining(['楼道', '杂物']), reason: expect.stringMatching(/关键词/) },
      unit: { unitName: '南华里社区居委会', rule: '市容环境/环境卫生/楼道堆物' },
    });
  });

  it('when an operator overrides the suggested category and unit, then the order changes and the override is on the timeline and in the audit', async () => {
    const created = await send(order({ category: undefined, content: '小区里有人占道停放，还堵车位，请处理' }));
    const id = created.body.id;
    const suggestions = (await t.http.get(`/api/orders/${id}/suggestions`).set('authorization', `Bearer ${operator}`)).body;
    expect(suggestions.suggestions.category).toMatchObject({ category: '交通管理/停车管理/乱停车' });
    const zfd = (await t.unitIds()).ZFD!;
    const res = await t.http.post(`/api/orders/${id}/classification`).set('authorization', `Bearer ${operator}`)
      .send({ version: created.body.version, category: '市容环境/街面秩序/占道经营', unitId: zfd, reason: '实为占道经营' });
    expect(res.status).toBe(200);
    expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual(['category', 'unitId']);
    expect(res.body.changes[0]).toMatchObject({ suggested: '交通管理/停车管理/乱停车', to: '市容环境/街面秩序/占道经营' });
    const detail = (await t.http.get(`/api/orders/${id}`).set('authorization', `Bearer ${operator}`)).body;
    expect(detail.category).toBe('市容环境/街面秩序/占道经营');
    expect(detail.timeline.map((e: { action: string }) => e.action)).toContain('classification_override');
    const audits = await t.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'order.classification_override' AND entity_id = $1`, [id]);
    expect(audits.length).toBe(1);
  });
});

describe('GET /api/intake/exports/replies', () => {
  it('when an approved reply is exported, then the platform layout with formula-looking text neutralised, and the reply is marked 已导出', async () => {
    const created = await send(order({ content: '=HYPERLINK("http://example.invalid","点击") 咨询低保办理', type: 'consult', category: '民生保障/社会救助/低保' }));
    const id = created.body.id as string;
    // Closed the way the desk closes orders, so the approved reply is in the outbox the export reads.
    const [supervisor, unit, reviewer] = [await t.login('supervisor'), await t.login('unit.cgb'), await t.login('reviewer')];
    const act = async (token: string, action: string, body: Record<string, unknown> = {}) => {
      const [{ version }] = await t.dataSource.query('SELECT version FROM work_order WHERE id = $1', [id]);
      const res = await t.http.post(`/api/orders/${id}/actions/${action}`).set('authorization', `Bearer ${token}`).send({ version, ...body });
      expect({ action, status: res.status }).toEqual({ action, status: 200 });
    };
    const [cgb] = await t.dataSource.query(`SELECT u.id FROM unit u JOIN app_user a ON a.street_code = u.street_code WHERE a.username = 'supervisor' AND u.code = 'CGB'`);
    await act(supervisor, 'sign');
    await act(supervisor, 'dispatch', { leadUnitId: cgb.id });
    await act(unit, 'reply', { content: '=1+1 已电话答复市民低保办理流程', contacted: true, contactedAt: clock.now().toISOString(), contactMethod: 'phone', result: 'solved', attachmentIds: [] });
    await act(reviewer, 'approve', { checklist: DEFAULT_REVIEW_CHECKLIST.map((i) => ({ item: i.code, verdict: 'pass' })) });

    const res = await t.http.get('/api/intake/exports/replies?format=csv').set('authorization', `Bearer ${reviewer}`);
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('工单编号,办结时间,办理结果,答复内容,是否联系诉求人,联系时间,联系方式,承办单位');
    // The platform's wall clock with seconds, Beijing time (the approval and the reported contact happened now).
    const at = new Date(clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(lines.find((l) => l.startsWith(created.body.upstreamNo))).toBe(`${created.body.upstreamNo},${at},已解决,'=1+1 已电话答复市民低保办理流程,是,${at},电话,城市管理办`);
    const [exported] = await t.dataSource.query(
      `SELECT m.status, m.exported_at, a.username FROM outbox_message m JOIN app_user a ON a.id = m.exported_by WHERE m.order_id = $1 AND m.topic = 'reply'`, [id],
    );
    expect(exported).toMatchObject({ status: 'exported', username: 'reviewer' });
  });
});
