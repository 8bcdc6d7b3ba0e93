import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '@app/clock';
import { DutyRoster } from '@app/rostering';
import { createTestApp, waitUntil, withTimeout, type TestApp } from '@app/testing';
import { io, type Socket } from 'socket.io-client';

// Wednesday 2026-11-25 10:00 in Beijing: the seed publishes rosters for November and December.
const clock = new ManualClock('2026-11-25T02:00:00Z');
let t: TestApp;
const tokens: Record<string, string> = {};
const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

interface Assignment { staffCode: string; date: string; shiftCode: string; staffName: string }
interface StaffView { code: string; name: string; skills: string[]; team: string }

async function publishedRoster(month: string) {
  const list = await t.http.get(`/api/roster/rosters?month=${month}`).set(as('supervisor'));
  expect(list.status).toBe(200);
  const published = list.body.items.find((r: { status: string }) => r.status === 'published');
  const detail = await t.http.get(`/api/roster/rosters/${published.id}`).set(as('supervisor'));
  expect(detail.status).toBe(200);
  return detail.body as { id: string; version: number; assignments: Assignment[]; violations: unknown[] };
}

/** POST /api/roster/generate answers 202 at once; the job's outcome is read from GET /api/roster/generations/:id. */
async function generateAndWait(body: Record<string, unknown>) {
  const started = await t.http.post('/api/roster/generate').set(as('supervisor')).send(body);
  expect(started.status).toBe(202);
  let generation: { status: string; rosterId: string | null; report: Record<string, any> | null } | undefined;
  await waitUntil(async () => {
    generation = (await t.http.get(`/api/roster/generations/${started.body.id}`).set(as('supervisor'))).body;
    return ['done', 'failed', 'cancelled'].includes(generation!.status);
  }, 300_000, () => `generation ${started.body.id} still ${generation?.status}`);
  expect(generation!.status).toBe('done');
  const roster = (await t.http.get(`/api/roster/rosters/${generation!.rosterId}`).set(as('supervisor'))).body;
  return { started: started.body, generation: generation!, roster, report: generation!.report! };
}

let staff: StaffView[] = [];
const isDispatcher = (code: string) => staff.find((s) => s.code === code)!.skills.includes('dispatch');

beforeAll(async () => {
  // Generation is a `roster-generate` job: this file's app consumes it.
  t = await createTestApp({ clock, runJobs: true });
  for (const user of ['operator', 'supervisor', 'reviewer', 'leader', 'admin']) tokens[user] = await t.login(user);
  staff = (await t.http.get('/api/roster/staff').set(as('supervisor'))).body.items;
});
afterAll(async () => t?.close());

describe('seeded demo rostering', () => {
  it('when the desk starts, then the demo staff, templates and a published roster the checker accepts exist', async () => {
    expect(staff.filter((s) => s.team === 'seat')).toHaveLength(14);
    const templates = (await t.http.get('/api/roster/templates').set(as('leader'))).body.items;
    expect(templates.map((x: { name: string }) => x.name).sort()).toEqual(['中班', '夜班', '早班', '行政班'].sort());
    const november = await publishedRoster('2026-11');
    expect(november.violations).toEqual([]);
    const check = await t.http.get(`/api/roster/rosters/${november.id}/check`).set(as('leader'));
    expect(check.body).toEqual({ rosterId: november.id, valid: true, violations: [] });
  });
});

describe('GET /api/roster/on-duty and DutyRoster', () => {
  it('when it is 10:00 on a weekday, then three seats of 早班 are on duty with a dispatcher among them', async () => {
    const res = await t.http.get('/api/roster/on-duty').set(as('operator'));
    expect(res.status).toBe(200);
    const seats = res.body.items.filter((p: { team: string }) => p.team === 'seat');
    expect(seats).toHaveLength(3);
    expect(seats.every((p: { shiftName: string }) => p.shiftName === '早班')).toBe(true);
    expect(seats.some((p: { mayDispatch: boolean }) => p.mayDispatch)).toBe(true);

    const [street] = await t.dataSource.query('SELECT code FROM street LIMIT 1');
    const people = await t.app.get(DutyRoster).onDutyNow(street.code, clock.now());
    expect(people.map((p) => p.staffCode).sort()).toEqual(res.body.items.map((p: { staffCode: string }) => p.staffCode).sort());
  });

  it('when a user has no roster link, then DutyRoster says they may not dispatch', async () => {
    const [street] = await t.dataSource.query('SELECT code FROM street LIMIT 1');
    const [admin] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    expect(await t.app.get(DutyRoster).mayDispatch(street.code, admin.id, clock.now())).toBe(false);
  });
});

describe('POST /api/roster/rosters/generate → check → publish', () => {
  let draft: { id: string; version: number };

  it('when December 2026 is generated for the demo staff, then the checker finds zero violations and the solver report is given', async () => {
    // Other test files share the database and may have made December revisions already.
    const before = (await t.http.get('/api/roster/rosters?month=2026-12').set(as('supervisor'))).body.items as { revision: number }[];
    const nextRevision = Math.max(0, ...before.map((r) => r.revision)) + 1;
    const { started, roster, report } = await generateAndWait({ month: '2026-12', timeLimitSeconds: 40 });
    expect(started).toMatchObject({ month: '2026-12', method: 'optimiser', timeLimitSeconds: 40 });
    expect(roster).toMatchObject({ month: '2026-12', status: 'draft', revision: nextRevision });
    expect(report).toMatchObject({ method: 'optimiser', timeLimitSeconds: 40, violations: [] });
    expect(['optimal', 'feasible']).toContain(report.status);
    for (const key of ['objective', 'bestBound', 'gap']) expect(typeof report[key]).toBe('number');
    // Warm-started from the quick rota and judged against it: never worse.
    expect(report.softScoreTotal).toBeLessThanOrEqual(report.greedySoftScoreTotal + 1e-6);
    draft = roster;
    // The verdict that counts is the checker's, recomputed from the stored assignments.
    const check = await t.http.get(`/api/roster/rosters/${draft.id}/check`).set(as('supervisor'));
    expect(check.body).toMatchObject({ valid: true, violations: [] });
  }, 120_000);

  it('when a draft is edited into breaking a rule, then publishing is refused with the checker\'s violations', async () => {
    const detail = (await t.http.get(`/api/roster/rosters/${draft.id}`).set(as('supervisor'))).body;
    const first = detail.assignments.find((a: Assignment) => a.shiftCode === 'M');
    const edit = await t.http.post(`/api/roster/rosters/${draft.id}/assignments`).set(as('supervisor'))
      .send({ version: draft.version, add: [{ staffCode: first.staffCode, date: first.date, shiftCode: 'A' }] });
    expect(edit.status).toBe(200);
    expect(edit.body.introduced).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'one_shift_per_day', staffId: first.staffCode })]));

    const refused = await t.http.post(`/api/roster/rosters/${draft.id}/publish`).set(as('supervisor')).send({ version: edit.body.version });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ROSTER_HAS_VIOLATIONS');
    expect(refused.body.details.violations.length).toBeGreaterThan(0);

    const undo = await t.http.post(`/api/roster/rosters/${draft.id}/assignments`).set(as('supervisor'))
      .send({ version: edit.body.version, remove: [{ staffCode: first.staffCode, date: first.date, shiftCode: 'A' }] });
    expect(undo.body.violations).toEqual([]);
    const stale = await t.http.post(`/api/roster/rosters/${draft.id}/publish`).set(as('supervisor')).send({ version: edit.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('ROSTER_VERSION_CONFLICT');

    const published = await t.http.post(`/api/roster/rosters/${draft.id}/publish`).set(as('supervisor')).send({ version: undo.body.version });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    // One published revision per month; every earlier one (this file's or another's) is superseded.
    const revisions = (await t.http.get('/api/roster/rosters?month=2026-12').set(as('supervisor'))).body.items as { id: string; status: string }[];
    expect(revisions.filter((r) => r.status === 'published').map((r) => r.id)).toEqual([draft.id]);
    expect(revisions.filter((r) => r.id !== draft.id).every((r) => r.status === 'superseded')).toBe(true);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [draft.id]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['roster.generate', 'roster.edit', 'roster.edit', 'roster.publish']);
  });

  it('when an operator tries to generate, then 403', async () => {
    const res = await t.http.post('/api/roster/rosters/generate').set(as('operator')).send({ month: '2026-12', method: 'greedy' });
    expect(res.status).toBe(403);
  });
});

describe('POST /api/roster/swaps', () => {
  it('when a swap would leave less than 11 hours of rest, then it is refused naming the rule and the person', async () => {
    const roster = await publishedRoster('2026-11');
    const on = (code: string, date: string) => roster.assignments.some((a) => a.staffCode === code && a.date === date);
    const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // X works 中班 on d, is free on d+1 and works Z on a later date e; Y works 早班 on d+1 and is free on e.
    // Swapping Z for Y's 早班 puts X on 早班 at 08:00 right after their 中班 ending at 24:00: 8 hours of rest.
    let pair: { x: Assignment; z: Assignment; y: Assignment } | undefined;
    for (const x of roster.assignments.filter((a) => a.shiftCode === 'A' && a.date >= '2026-11-20')) {
      const z = roster.assignments.find((a) => a.staffCode === x.staffCode && a.date > nextDay(x.date));
      if (!z || on(x.staffCode, nextDay(x.date))) continue;
      const y = roster.assignments.find((a) => a.shiftCode === 'M' && a.date === nextDay(x.date) && !on(a.staffCode, z.date)
        && isDispatcher(a.staffCode) === isDispatcher(x.staffCode));
      if (y) { pair = { x, z, y }; break; }
    }
    // The search must have found the case described above, or the refusal below would prove nothing.
    expect(pair).toMatchObject({ x: { shiftCode: 'A' }, z: { staffCode: pair?.x.staffCode }, y: { date: nextDay(pair!.x.date), shiftCode: 'M' } });
    const { x, z, y } = pair!;
    const res = await t.http.post('/api/roster/swaps').set(as('supervisor')).send({
      kind: 'swap',
      first: { staffCode: z.staffCode, date: z.date, shiftCode: z.shiftCode },
      second: { staffCode: y.staffCode, date: y.date, shiftCode: 'M' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('ROSTER_RULE_VIOLATION');
    expect(res.body.message).toContain(`${x.staffName}（${x.staffCode}）`);
    expect(res.body.message).toContain('11 小时');
    expect(res.body.details.violations).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'min_rest', staffId: x.staffCode, date: y.date })]));
  });

  it('when an operator asks to swap someone else\'s shift, then 409 ROSTER_NOT_YOUR_SHIFT', async () => {
    const roster = await publishedRoster('2026-11');
    // The demo operator plays whichever dispatcher was on duty at seeding: leave out their own shifts.
    const me = (await t.http.get('/api/me').set(as('operator'))).body.id;
    const own = (await t.http.get('/api/roster/staff').set(as('supervisor'))).body.items.find((p: { userId: string | null }) => p.userId === me)?.code;
    const [a, b] = roster.assignments.filter((x) => x.staffCode !== own && x.date === '2026-11-28');
    const res = await t.http.post('/api/roster/swaps').set(as('operator')).send({ kind: 'swap', first: a, second: b });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ROSTER_NOT_YOUR_SHIFT');
  });
});

describe('POST /api/roster/sick-calls → cover; cover request → approve', () => {
  it('when the dispatcher of a 中班 calls in sick, then the gap is named and ranked replacements keep every rule', async () => {
    const roster = await publishedRoster('2026-11');
    const sick = roster.assignments.find((a) => a.date === '2026-11-27' && a.shiftCode === 'A' && isDispatcher(a.staffCode))!;
    const res = await t.http.post('/api/roster/sick-calls').set(as('supervisor')).send({ staffCode: sick.staffCode, date: sick.date, shiftCode: 'A' });
    expect(res.status).toBe(201);
    expect(res.body.gaps.map((g: { message: string }) => g.message)).toEqual(expect.arrayContaining(['2026-11-27 16:00–24:00 缺 1 名具备派单资质人员']));
    const candidates = res.body.candidates as { staffId: string }[];
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => isDispatcher(c.staffId))).toBe(true);

    // The sick day is leave now: the sick person cannot be put back on that day's shift.
    expect(candidates.map((c) => c.staffId)).not.toContain(sick.staffCode);
    const back = await t.http.post(`/api/roster/sick-calls/${res.body.id}/cover`).set(as('supervisor')).send({ version: res.body.version, staffCode: sick.staffCode });
    expect(back.status).toBe(400);
    expect(JSON.stringify(back.body.details)).toMatch(/leave/);
    const covered = await t.http.post(`/api/roster/sick-calls/${res.body.id}/cover`).set(as('supervisor')).send({ version: res.body.version, staffCode: candidates[0].staffId });
    expect(covered.status).toBe(200);
    expect(covered.body).toMatchObject({ status: 'covered', replacementCode: candidates[0].staffId });
    expect((await publishedRoster('2026-11')).violations).toEqual([]);

  });

  it('when a swap keeps every rule, then it waits for a supervisor, who approves it into the published roster', async () => {
    const roster = await publishedRoster('2026-11');
    const mornings = roster.assignments.filter((a) => a.shiftCode === 'M' && a.date >= '2026-11-20' && !isDispatcher(a.staffCode));
    let request: { status: number; body: { id: string; version: number; status: string } } | undefined;
    let swapped: [Assignment, Assignment] | undefined;
    // Try pairs of non-dispatchers' 早班 on different days until the checker accepts one (refusals change nothing).
    search: for (const first of mornings) {
      for (const second of mornings.filter((a) => a.date > first.date && a.staffCode !== first.staffCode)) {
        const res = await t.http.post('/api/roster/swaps').set(as('supervisor')).send({
          kind: 'swap', first: { staffCode: first.staffCode, date: first.date, shiftCode: 'M' }, second: { staffCode: second.staffCode, date: second.date, shiftCode: 'M' },
        });
        if (res.status === 201) { request = res; swapped = [first, second]; break search; }
        expect(res.body.code).toBe('ROSTER_RULE_VIOLATION');
      }
    }
    expect(request?.body.status).toBe('pending');
    expect((await t.http.post(`/api/roster/swaps/${request!.body.id}/approve`).set(as('operator')).send({ version: 1 })).status).toBe(403);
    const approved = await t.http.post(`/api/roster/swaps/${request!.body.id}/approve`).set(as('supervisor')).send({ version: request!.body.version });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const after = await publishedRoster('2026-11');
    expect(after.violations).toEqual([]);
    const [first, second] = swapped!;
    expect(after.assignments).toContainEqual(expect.objectContaining({ staffCode: first.staffCode, date: second.date, shiftCode: 'M' }));
    expect(after.assignments).toContainEqual(expect.objectContaining({ staffCode: second.staffCode, date: first.date, shiftCode: 'M' }));
    const twice = await t.http.post(`/api/roster/swaps/${request!.body.id}/approve`).set(as('supervisor')).send({ version: approved.body.version });
    expect(twice.status).toBe(409);
  });
});

describe('check-in, attendance and coverage delivered', () => {
  it('when the 早班 of 11-26 checks in (one 12 minutes late) and out, then lateness, absence and the covered hours follow', async () => {
    const roster = await publishedRoster('2026-11');
    const morning = roster.assignments.filter((a) => a.date === '2026-11-26' && a.shiftCode === 'M');
    expect(morning).toHaveLength(3);
    clock.set('2026-11-25T23:55:00Z'); // 07:55 Beijing
    for (const person of morning.slice(0, 2)) {
      const res = await t.http.post('/api/roster/check-in').set(as('supervisor')).send({ staffCode: person.staffCode });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'on_duty', late: false, label: '在岗' });
    }
    clock.set('2026-11-26T00:12:00Z');
    const late = await t.http.post('/api/roster/check-in').set(as('supervisor')).send({ staffCode: morning[2].staffCode });
    expect(late.body).toMatchObject({ late: true, lateMinutes: 12, label: '在岗（迟到 12 分钟）' });
    const again = await t.http.post('/api/roster/check-in').set(as('supervisor')).send({ staffCode: morning[2].staffCode });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ROSTER_ALREADY_CHECKED_IN');

    clock.set('2026-11-26T08:00:00Z'); // 16:00
    for (const person of morning) expect((await t.http.post('/api/roster/check-out').set(as('supervisor')).send({ staffCode: person.staffCode })).status).toBe(200);

    clock.set('2026-11-26T09:00:00Z'); // 17:00: the 中班 has not checked in
    const attendance = await t.http.get('/api/roster/attendance?date=2026-11-26').set(as('supervisor'));
    const statuses = attendance.body.items.map((i: { shiftCode: string; status: string }) => `${i.shiftCode}:${i.status}`);
    expect(statuses.filter((s: string) => s.startsWith('M:'))).toEqual(['M:checked_out', 'M:checked_out', 'M:checked_out']);
    expect(statuses.filter((s: string) => s.startsWith('A:'))).toEqual(['A:absent', 'A:absent', 'A:absent']);

    const coverage = await t.http.get('/api/roster/coverage?month=2026-11').set(as('leader'));
    expect(coverage.status).toBe(200);
    const day = coverage.body.days.find((d: { date: string }) => d.date === '2026-11-26');
    // 08:00 needs 3 seats: the late arrival misses it. 09:00–16:00 is fully covered; nothing else was attended.
    expect(day).toMatchObject({ demandHours: 17, coveredHours: 7 });
    expect(day.uncoveredHours).toContain('08:00–09:00');
    expect(day.uncoveredHours).not.toContain('09:00–10:00');
  });
});

describe('handover 交接班', () => {
  it('when the 早班 of 11-26 ends, then its open orders and near-due clocks are gathered, notes added, and the incoming shift confirms', async () => {
    clock.set('2026-11-26T06:00:00Z'); // 14:00 Beijing, during the 早班
    const order = await t.http.post('/api/orders').set(as('operator')).send({
      channel: 'hotline', receivedAt: clock.now().toISOString(), citizenName: '陈某某', citizenPhone: '13900001234',
      address: '黑窑厂街12号院3号楼', type: 'complaint', urgency: 'normal', category: '城乡建设/物业管理/物业服务',
      content: '黑窑厂街12号院物业长期不打扫楼道，垃圾堆积，希望尽快处理。', upstreamDueAt: new Date(clock.now().getTime() + 7 * 86400e3).toISOString(),
    });
    expect(order.status).toBe(201);

    clock.set('2026-11-26T08:00:00Z'); // 16:00
    const socket: Socket = io(`${t.url}/desk`, { auth: { token: tokens.supervisor }, transports: ['websocket'], reconnection: false });
    await withTimeout(new Promise((r) => socket.once('ready', r)), 5000);
    const announced = new Promise<{ id: string; openOrders: number }>((r) => socket.once('roster.handover', r));
    const prepared = await t.http.post('/api/roster/handovers').set(as('operator')).send({ date: '2026-11-26', shiftCode: 'M' });
    expect(prepared.status).toBe(201);
    // the incoming shift (and supervisors) are told there is a handover to read and confirm
    expect(await withTimeout(announced, 5000)).toMatchObject({ id: prepared.body.id, openOrders: prepared.body.openOrders.length });
    socket.close();
    expect(prepared.body.openOrders.map((o: { orderId: string }) => o.orderId)).toContain(order.body.id);
    expect(prepared.body.nearDueClocks).toEqual(expect.arrayContaining([expect.objectContaining({ orderId: order.body.id, clock: 'sign' })]));
    expect(prepared.body.incomingStaff).toHaveLength(3);
    expect(JSON.stringify(prepared.body)).not.toMatch(/1390000/);
    const again = await t.http.post('/api/roster/handovers').set(as('operator')).send({ date: '2026-11-26', shiftCode: 'M' });
    expect(again.body.id).toBe(prepared.body.id);

    const noted = await t.http.post(`/api/roster/handovers/${prepared.body.id}/notes`).set(as('operator')).send({ version: prepared.body.version, text: '12号院物业投诉待签收，请跟进' });
    expect(noted.status).toBe(200);
    expect(noted.body.notes).toEqual([expect.objectContaining({ text: '12号院物业投诉待签收，请跟进' })]);
    const confirmed = await t.http.post(`/api/roster/handovers/${prepared.body.id}/confirm`).set(as('supervisor')).send({ version: noted.body.version });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', statusLabel: '已确认' });
    const late = await t.http.post(`/api/roster/handovers/${prepared.body.id}/notes`).set(as('operator')).send({ version: confirmed.body.version, text: 'x' });
    expect(late.status).toBe(409);
  });
});

describe('shift-handover job', () => {
  it('when the 中班 of 11-26 has ended, then the job gathers its handover once', async () => {
    const { ShiftHandoverJob } = await import('../../libs/rostering/src/jobs/shift-handover.job.js');
    const { Handovers } = await import('../../libs/rostering/src/use-cases/handovers.use-case.js');
    const { TransactionRunner } = await import('@app/database');
    clock.set('2026-11-26T16:05:00Z'); // 11-27 00:05 Beijing
    const job = new ShiftHandoverJob(t.dataSource, clock, t.app.get(TransactionRunner), t.app.get(Handovers));
    expect(await job.handle()).toEqual({ prepared: 1 });
    expect(await job.handle()).toEqual({ prepared: 0 });
    const list = await t.http.get('/api/roster/handovers?date=2026-11-26').set(as('operator'));
    expect(list.body.items.map((h: { shiftCode: string }) => h.shiftCode).sort()).toEqual(['A', 'M']);
  });
});

describe('an infeasible month', () => {
  it('when five of the six dispatchers are on leave on 2027-01-15, then generation says which hours lack a dispatcher', async () => {
    for (const code of ['S02', 'S03', 'S04', 'S05', 'S06']) {
      const res = await t.http.post(`/api/roster/staff/${code}/absences`).set(as('supervisor')).send({ kind: 'leave', from: '2027-01-15', to: '2027-01-15', reason: '事假' });
      expect(res.status).toBe(201);
    }
    // S01, the last dispatcher, is at a medical check that night: nobody may hold the night's dispatch seat.
    await t.http.post('/api/roster/staff/S01/absences').set(as('supervisor')).send({ kind: 'unavailability', from: '2027-01-15T00:00', to: '2027-01-15T08:00', reason: '体检' });
    const { roster, report } = await generateAndWait({ month: '2027-01', timeLimitSeconds: 30 });
    expect(report.status).toBe('infeasible');
    expect(report.infeasibility[0]).toBe('2027-01-15 00:00–08:00 缺 1 名具备派单资质人员（无人可排）');
    expect(report.infeasibility.slice(1)).toEqual(expect.arrayContaining([expect.stringMatching(/^2027-01-15 (08:00–16:00|16:00–24:00) 缺 1 名具备派单资质人员/)]));
    // The draft keeps the best partial roster; publishing it is refused.
    const publish = await t.http.post(`/api/roster/rosters/${roster.id}/publish`).set(as('supervisor')).send({ version: roster.version });
    expect(publish.status).toBe(409);
    expect(publish.body.details.violations.every((v: { rule: string }) => v.rule === 'dispatch_coverage')).toBe(true);
  }, 120_000);
});
