import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { ManualClock } from '@app/clock';
import { createTestApp, testConfig, type TestApp } from '@app/testing';
import { openOrderDesk, type OrderDesk } from '../support/order-desk.js';

const clock = new ManualClock('2026-11-25T02:00:00Z'); // Wednesday 10:00 in Beijing
const OTHER_UNIT_PASSWORD = 'Other-Unit-2026!';
let t: TestApp;
let desk: OrderDesk;
let tokens: Record<string, string>;
let units: Record<string, string>;
const as = (user: string) => desk.as(user);
const detail = (id: string, user?: string) => desk.detail(id, user);
const act = (user: string, id: string, action: string, body?: Record<string, unknown>) => desk.act(user, id, action, body);

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2048)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), randomBytes(512)]);

/** supertest buffers only text and images by default; downloads are compared byte for byte. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

const upload = (user: string, data: Buffer, name: string) => t.http.post('/api/attachments').set(as(user)).attach('file', data, name);
const download = (user: string, id: string) => t.http.get(`/api/attachments/${id}`).set(as(user)).buffer(true).parse(binary as never);

/** An order dispatched to 城市管理办 (CGB), whose demo user is `unit.cgb`. */
async function dispatchedOrder(): Promise<string> {
  const id = await desk.intake({ content: '黑窑厂街12号院楼道堆放杂物，影响通行。' });
  expect((await act('supervisor', id, 'sign')).status).toBe(200);
  expect((await act('supervisor', id, 'dispatch', { leadUnitId: units.CGB })).status).toBe(200);
  return id;
}

const reply = (attachmentIds: unknown[]) => ({
  content: '已联系物业公司清理楼道杂物，现场已恢复通行，照片见附件。', contacted: true, contactedAt: clock.now().toISOString(),
  contactMethod: 'phone', result: 'solved', attachmentIds,
});

beforeAll(async () => {
  // A 1 MB limit keeps the oversize upload small.
  t = await createTestApp({ clock, runJobs: false, config: testConfig({ ATTACHMENT_MAX_MB: '1' }) });
  desk = await openOrderDesk(t, clock, { phonePrefix: '1380000' });
  ({ tokens, units } = desk);
  const other = `unit.zfd.${randomBytes(3).toString('hex')}`;
  const created = await t.http.post('/api/admin/users').set({ authorization: `Bearer ${await t.login('admin')}` })
    .send({ username: other, displayName: '综合执法队 承办人', role: 'unit', unitId: units.ZFD, password: OTHER_UNIT_PASSWORD });
  expect(created.status).toBe(201);
  tokens['unit.other'] = await t.login(other, OTHER_UNIT_PASSWORD);
});
afterAll(async () => t?.close());

describe('POST /api/attachments → reply → GET /api/attachments/:id', () => {
  it('when a unit replies with an uploaded photo, then the order lists it and its readers download the same bytes; another unit gets 404', async () => {
    const orderId = await dispatchedOrder();
    const uploaded = await upload('unit.cgb', PNG, '现场照片.png');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String), fileName: '现场照片.png', contentType: 'image/png', size: PNG.length,
      sha256: createHash('sha256').update(PNG).digest('hex'),
    });
    const id = uploaded.body.id as string;
    // Not yet attached: only the uploader may fetch it.
    expect((await download('supervisor', id)).status).toBe(404);

    const replied = await act('unit.cgb', orderId, 'reply', reply([id]));
    expect(replied.status).toBe(200);
    const order = await detail(orderId);
    expect(order.attachments).toEqual([{ id, fileName: '现场照片.png', contentType: 'image/png', size: PNG.length, uploadedAt: clock.now().toISOString() }]);
    expect(order.reply.attachmentIds).toEqual([id]);

    for (const user of ['unit.cgb', 'supervisor']) {
      const res = await download(user, id);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="____.png"; filename*=UTF-8''${encodeURIComponent('现场照片.png')}`);
      expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
    }
    const stranger = await download('unit.other', id);
    expect(stranger.status).toBe(404);
    expect(JSON.parse((stranger.body as Buffer).toString()).code).toBe('ATTACHMENT_NOT_FOUND');

    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['attachment.upload', 'attachment.download', 'attachment.download']);
  });

  it('when a reply names an unknown id or another user\'s file, then 400 names attachmentIds.N and nothing is linked', async () => {
    const orderId = await dispatchedOrder();
    const own = (await upload('unit.cgb', Buffer.from('现场情况说明'), '说明.txt')).body.id as string;
    const othersFile = (await upload('supervisor', PNG, 'desk.png')).body.id as string;
    const res = await act('unit.cgb', orderId, 'reply', reply([own, '00000000-0000-4000-8000-000000000000', othersFile]));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['attachmentIds.1', 'attachmentIds.2']);
    expect(res.body.details.fields[0].message).toMatch(/附件不存在/);
    expect((await detail(orderId)).status).toBe('dispatched');
    const [row] = await t.dataSource.query('SELECT order_id FROM attachment WHERE id = $1', [own]);
    expect(row.order_id).toBeNull();
  });

  it('when a file is used on one order, then another order may not use it (evidenceIds.0)', async () => {
    const first = await dispatchedOrder();
    const evidence = (await upload('supervisor', Buffer.from('%PDF-1.4\n白纸坊街道辖区证明\n'), '辖区证明.pdf')).body.id as string;
    expect((await act('supervisor', first, 'request_return', { reason: 'outside_jurisdiction', text: '地址属白纸坊街道', evidenceIds: [evidence] })).status).toBe(200);
    expect((await detail(first)).attachments.map((a: { id: string }) => a.id)).toEqual([evidence]);

    const second = await dispatchedOrder();
    const res = await act('supervisor', second, 'request_return', { reason: 'outside_jurisdiction', text: '地址属白纸坊街道', evidenceIds: [evidence] });
    expect(res.status).toBe(400);
    expect(res.body.details.fields).toEqual([{ field: 'evidenceIds.0', message: expect.stringMatching(/已用于其他工单/) }]);
  });

  it('when a reviewer files an exclusion request with evidence, then it is checked and linked the same way', async () => {
    const orderId = await dispatchedOrder();
    const mine = (await upload('reviewer', Buffer.from('《物业管理条例》第三十五条'), '政策依据.txt')).body.id as string;
    const notMine = (await upload('supervisor', Buffer.from('值班记录'), '记录.txt')).body.id as string;
    const refused = await t.http.post(`/api/orders/${orderId}/exclusion-requests`).set(as('reviewer')).send({ reason: '诉求超出政策规定范围', evidenceIds: [notMine] });
    expect(refused.status).toBe(400);
    expect(refused.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['evidenceIds.0']);
    const asked = await t.http.post(`/api/orders/${orderId}/exclusion-requests`).set(as('reviewer')).send({ reason: '诉求超出政策规定范围', evidenceIds: [mine] });
    expect(asked.status).toBe(201);
    expect((await detail(orderId)).attachments.map((a: { id: string }) => a.id)).toEqual([mine]);
  });
});

describe('POST /api/attachments (refusals)', () => {
  it('when an executable is named .png, then 415 ATTACHMENT_UNSUPPORTED_TYPE and nothing is stored', async () => {
    const before = (await t.dataSource.query('SELECT count(*)::int AS n FROM attachment'))[0].n;
    const res = await upload('unit.cgb', EXE, '照片.png');
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'ATTACHMENT_UNSUPPORTED_TYPE', message: expect.stringMatching(/照片\.png/) });
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM attachment'))[0].n).toBe(before);
  });

  it('when a PDF is named .jpg, then 415 ATTACHMENT_TYPE_MISMATCH', async () => {
    const res = await upload('operator', Buffer.from('%PDF-1.4\n'), 'photo.jpg');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('ATTACHMENT_TYPE_MISMATCH');
  });

  it('when the file is larger than ATTACHMENT_MAX_MB, then 413 ATTACHMENT_TOO_LARGE', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(t.config.attachments.maxBytes, 0x41)]);
    const res = await upload('operator', big, 'big.png');
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', message: expect.stringMatching(/1 MB/) });
  });

  it('when no file is sent, then 400 ATTACHMENT_FILE_MISSING', async () => {
    const res = await t.http.post('/api/attachments').set(as('operator')).field('x', '1');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('ATTACHMENT_FILE_MISSING');
  });

  it('when a leader uploads, then 403', async () => {
    expect((await upload('leader', PNG, 'x.png')).status).toBe(403);
  });
});
