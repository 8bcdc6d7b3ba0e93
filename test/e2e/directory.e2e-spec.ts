import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '@app/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('reference lists', () => {
  it('when a unit user asks for the units, then every unit of the street is listed with its kind and community', async () => {
    const token = await t.login('unit.cgb');
    const res = await t.http.get('/api/units').set({ authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'CGB', name: '城市管理办', kind: 'office' }),
      expect.objectContaining({ code: 'SQ004', kind: 'community', communityName: expect.stringContaining('社区') }),
    ]));
    expect(res.body.total).toBe(res.body.items.length);
  });

  it('when a leader asks for communities and categories, then both come in their order', async () => {
    const token = await t.login('leader');
    const communities = await t.http.get('/api/communities').set({ authorization: `Bearer ${token}` });
    expect(communities.body.items.map((c: { code: string }) => c.code)).toEqual([...communities.body.items.map((c: { code: string }) => c.code)].sort());
    const categories = await t.http.get('/api/categories').set({ authorization: `Bearer ${token}` });
    expect(categories.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ path: '城乡建设/物业管理/物业服务', level: 3 })]));
  });

  it('when nobody is signed in, then 401', async () => {
    expect((await t.http.get('/api/units')).status).toBe(401);
  });
});
