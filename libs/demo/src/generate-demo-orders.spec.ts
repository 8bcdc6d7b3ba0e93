import { describe, expect, it } from '@jest/globals';
import { flattenCategories, loadReferenceData } from '@app/reference';
import type { DemoOrderPlan } from './demo-order-plan.js';
import { isOnCommunityDutyList, resolveDispatchTarget } from './dispatch-routing.js';
import { demoPeriodStart, generateDemoOrders } from './generate-demo-orders.js';
import { replayDemoSteps } from './lifecycle-replay.js';
import { shanghaiDayKey, shanghaiParts } from './shanghai-time.js';
import { winningKeywordRule } from './keyword-rules.test-helper.js';

const reference = loadReferenceData();
const FROM = demoPeriodStart(reference);
const TO = new Date('2027-01-31T16:30:00+08:00');
const SEED = 20260501;
const plans = generateDemoOrders({ seed: SEED, from: FROM, to: TO, reference });
const platformPlans = plans.filter((p) => p.channel !== 'proactive');

const leafPaths = new Set(flattenCategories(reference.categories).filter((c) => c.level === 3).map((c) => c.path));
const communityUnits = new Map(reference.units.filter((u) => u.kind === 'community').map((u) => [u.code, u.communityCode]));
const monthOf = (p: DemoOrderPlan) => shanghaiParts(p.receivedAt).month;
const isHeating = (p: DemoOrderPlan) => p.category.path.startsWith('公共服务/供暖/');
const share = (part: number, whole: number) => part / whole;

describe('generateDemoOrders: determinism', () => {
  it('when run twice with the same seed, then the plans are identical', () => {
    const again = generateDemoOrders({ seed: SEED, from: FROM, to: TO, reference });
    expect(JSON.stringify(again)).toBe(JSON.stringify(plans));
  });

  it('when run with another seed, then the history differs', () => {
    const other = generateDemoOrders({ seed: SEED + 1, from: FROM, to: TO, reference });
    expect(other.map((p) => p.content).join()).not.toBe(plans.map((p) => p.content).join());
  });

  it('when the period is extended, then the earlier days keep their orders and scripts continue', () => {
    const cut = new Date('2026-07-15T12:00:00+08:00');
    const shorter = generateDemoOrders({ seed: SEED, from: FROM, to: cut, reference });
    const longer = plans.filter((p) => p.receivedAt <= cut);
    expect(shorter.map(({ steps: _s, finalState: _f, ...intake }) => intake))
      .toEqual(longer.map(({ steps: _s, finalState: _f, ...intake }) => intake));
    shorter.forEach((plan, i) => expect(longer[i]!.steps.slice(0, plan.steps.length)).toEqual(plan.steps));
  });

  it('when the period start is derived from the contract, then it is its first day at midnight in Beijing', () => {
    expect(FROM.toISOString()).toBe('2026-04-30T16:00:00.000Z');
  });

  it('when `from` is after `to`, then it refuses', () => {
    expect(() => generateDemoOrders({ seed: 1, from: TO, to: FROM, reference })).toThrow('`from`');
  });
});

describe('generateDemoOrders: intake fields', () => {
  it('when generated, then every category is a leaf of the tree with its three levels', () => {
    for (const plan of plans) {
      expect(leafPaths.has(plan.category.path)).toBe(true);
      expect(plan.category.levels.join('/')).toBe(plan.category.path);
    }
  });

  it('when generated, then every address contains a gazetteer entry of its own community and of no other', () => {
    for (const plan of plans) {
      const owners = reference.communities.filter((c) => c.gazetteer.some((place) => plan.address.includes(place)));
      expect(owners.map((c) => c.code)).toEqual([plan.communityCode]);
    }
  });

  it('when generated, then phones are fictional mobiles or Beijing landlines, and only proactive cases lack a caller', () => {
    for (const plan of plans) {
      if (plan.channel === 'proactive') {
        expect([plan.citizenName, plan.citizenPhone, plan.upstreamNo]).toEqual([null, null, null]);
        continue;
      }
      expect(plan.citizenPhone).toMatch(/^(1[3-9]\d{9}|010-[68]\d{7})$/);
      expect(plan.citizenName).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
    expect(platformPlans.some((p) => p.citizenPhone!.startsWith('010-'))).toBe(true);
    expect(platformPlans.some((p) => p.citizenName!.endsWith('某某'))).toBe(true);
    expect(platformPlans.some((p) => /女士|先生$/.test(p.citizenName!))).toBe(true);
  });

  it('when generated, then upstream numbers are unique, dated by the Shanghai day of receipt, and sequenced', () => {
    const numbers = platformPlans.map((p) => p.upstreamNo!);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const plan of platformPlans) {
      expect(plan.upstreamNo).toMatch(/^BJ\d{8}\d{4}$/);
      expect(plan.upstreamNo!.slice(2, 10)).toBe(shanghaiDayKey(plan.receivedAt));
      // The platform sample export uses sequences from 1000 upward; demo numbers stay below, so both can coexist.
      expect(Number(plan.upstreamNo!.slice(10))).toBeLessThan(1000);
    }
  });

  it('when the platform sets a limit, then it is 2 h for critical, 1 day for consultations and 7 days otherwise', () => {
    for (const plan of plans) {
      const hours = (plan.upstreamDueAt.getTime() - plan.receivedAt.getTime()) / 3_600_000;
      const expected = plan.urgency === 'critical' ? 2 : plan.type === 'consult' ? 24 : 168;
      expect(hours).toBe(expected);
    }
  });

  it('when a category has a keyword rule, then its content leads the suggestion to that category', () => {
    const ruled = new Set(reference.keywordRules.map((r) => r.category));
    const checked = plans.filter((p) => ruled.has(p.category.path));
    expect(checked.length).toBeGreaterThan(500);
    for (const plan of checked) {
      expect({ content: plan.content, suggested: winningKeywordRule(reference.keywordRules, plan.content) })
        .toEqual({ content: plan.content, suggested: plan.category.path });
    }
  });

  it('when generated, then most orders are normal complaints and help requests by phone', () => {
    expect(share(plans.filter((p) => p.urgency === 'normal').length, plans.length)).toBeGreaterThan(0.85);
    expect(share(plans.filter((p) => p.channel === 'hotline').length, plans.length)).toBeGreaterThan(0.6);
    expect(share(plans.filter((p) => p.type === 'complaint').length, plans.length)).toBeGreaterThan(0.5);
    expect(new Set(plans.map((p) => p.type)).size).toBe(7);
    expect(new Set(plans.map((p) => p.communityCode)).size).toBe(10);
  });
});

describe('generateDemoOrders: seasons and volume', () => {
  it('when it is November, then heating complaints appear; in July they do not', () => {
    expect(plans.filter((p) => monthOf(p) === 11 && isHeating(p)).length).toBeGreaterThan(20);
    expect(plans.filter((p) => monthOf(p) === 7 && isHeating(p))).toHaveLength(0);
  });

  it('when heating starts on 15 November, then the first week has more heating calls per day than the rest of the month', () => {
    const heatingIn = (first: number, last: number) => plans.filter((p) => {
      const d = shanghaiParts(p.receivedAt);
      return isHeating(p) && d.month === 11 && d.day >= first && d.day <= last;
    }).length;
    expect(heatingIn(1, 14)).toBe(0);
    expect(heatingIn(15, 21) / 7).toBeGreaterThan((heatingIn(22, 30) / 9) * 2);
  });

  it('when it is summer, then night construction and noise complaints outnumber those of winter', () => {
    const noisy = (months: number[]) => plans.filter((p) => months.includes(monthOf(p))
      && (p.category.path.includes('夜间施工噪音') || p.category.path.startsWith('社会秩序/噪音扰民'))).length;
    expect(noisy([6, 7, 8])).toBeGreaterThan(noisy([11, 12, 1]) * 2);
  });

  it('when counted per day, then one street gets roughly 8–15 orders a day, few at night', () => {
    const perDay = new Map<string, number>();
    for (const plan of plans) perDay.set(shanghaiDayKey(plan.receivedAt), (perDay.get(shanghaiDayKey(plan.receivedAt)) ?? 0) + 1);
    const counts = [...perDay.values()];
    expect(perDay.size).toBeGreaterThan(270);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    const mean = plans.length / perDay.size;
    expect(mean).toBeGreaterThanOrEqual(8);
    expect(mean).toBeLessThanOrEqual(15);
    const night = plans.filter((p) => shanghaiParts(p.receivedAt).hour < 6).length;
    expect(share(night, plans.length)).toBeLessThan(0.06);
  });

  it('when it is a weekend, then fewer orders arrive than on a weekday', () => {
    const byWeekday = Array<number>(7).fill(0);
    for (const plan of plans) byWeekday[shanghaiParts(plan.receivedAt).weekday]! += 1;
    expect(byWeekday[0]!).toBeLessThan(byWeekday[1]!);
    expect(byWeekday[6]!).toBeLessThan(byWeekday[2]!);
  });
});

describe('generateDemoOrders: lifecycle scripts', () => {
  it('when replayed, then every script is legal under DESIGN §3, in time order, after receipt and before `to`', () => {
    for (const plan of plans) {
      expect(replayDemoSteps(plan.steps)).toBe(plan.finalState);
      const times = plan.steps.map((s) => s.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (plan.steps.length > 0) expect(plan.steps[0]!.at.getTime()).toBeGreaterThanOrEqual(plan.receivedAt.getTime());
      if (plan.steps.length > 0) expect(plan.steps.at(-1)!.at.getTime()).toBeLessThanOrEqual(TO.getTime());
    }
  });

  it('when an order is first dispatched, then the lead and co-units follow the routing rule', () => {
    for (const plan of plans) {
      const first = plan.steps.find((s) => s.action === 'dispatch');
      if (!first || first.action !== 'dispatch') continue;
      const expected = resolveDispatchTarget(reference, plan.category.path, plan.communityCode);
      expect(first.unitCode).toBe(expected.unitCode);
      expect(first.coUnitCodes).toEqual(expect.arrayContaining(expected.coUnitCodes));
    }
  });

  it('when a community leads, then it is the order\'s own community and the category is on its duty list', () => {
    for (const plan of plans) {
      for (const step of plan.steps) {
        if (step.action !== 'dispatch' && step.action !== 'redispatch' && step.action !== 'reopen') continue;
        const community = communityUnits.get(step.unitCode);
        if (community === undefined) continue;
        expect(community).toBe(plan.communityCode);
        expect(isOnCommunityDutyList(reference, plan.category.path)).toBe(true);
      }
    }
  });

  it('when a repeat call is merged, then its master is an earlier order of the same caller and category', () => {
    const byNo = new Map(platformPlans.map((p) => [p.upstreamNo!, p]));
    const merges = plans.flatMap((p) => p.steps.flatMap((s) => (s.action === 'merge' ? [{ plan: p, master: s.payload.masterUpstreamNo }] : [])));
    expect(merges.length).toBeGreaterThan(10);
    for (const { plan, master } of merges) {
      const m = byNo.get(master)!;
      expect(m.receivedAt.getTime()).toBeLessThan(plan.receivedAt.getTime());
      expect([m.citizenPhone, m.category.path, m.address]).toEqual([plan.citizenPhone, plan.category.path, plan.address]);
    }
  });

  it('when old orders are looked at, then they are finished; recent ones are still open', () => {
    const old = plans.filter((p) => p.receivedAt < new Date('2026-11-01T00:00:00+08:00'));
    const stillOpen = old.filter((p) => !['visited', 'closed', 'returned', 'merged'].includes(p.finalState));
    // Only 挂账 cases may still be open after months.
    for (const plan of stillOpen) expect(plan.steps.some((s) => s.action === 'hang')).toBe(true);
    const recent = plans.filter((p) => TO.getTime() - p.receivedAt.getTime() < 3 * 86_400_000);
    const open = recent.filter((p) => ['new', 'signed', 'dispatched', 'replied', 'return_pending'].includes(p.finalState));
    expect(open.length).toBeGreaterThan(5);
  });

  it('when counted, then rejections, returns, overdue replies and callback verdicts have realistic shares', () => {
    const replied = plans.filter((p) => p.steps.some((s) => s.action === 'reply' || s.action === 'answer'));
    const rejected = plans.filter((p) => p.steps.some((s) => s.action === 'reject'));
    expect(share(rejected.length, replied.length)).toBeGreaterThan(0.05);
    expect(share(rejected.length, replied.length)).toBeLessThan(0.12);
    const callbacks = plans.flatMap((p) => p.steps.flatMap((s) => (s.action === 'callback' && s.payload.valid ? [s.payload.satisfaction] : [])));
    expect(callbacks.length).toBeGreaterThan(2000);
    const satisfied = share(callbacks.filter((s) => s === 'satisfied').length, callbacks.length);
    const dissatisfied = share(callbacks.filter((s) => s === 'dissatisfied').length, callbacks.length);
    expect(satisfied).toBeGreaterThan(0.72);
    expect(satisfied).toBeLessThan(0.88);
    expect(dissatisfied).toBeGreaterThan(0.04);
    expect(dissatisfied).toBeLessThan(0.13);
    const firstReplyAt = (p: DemoOrderPlan) => p.steps.find((s) => s.action === 'reply' || s.action === 'answer')!.at;
    const overdue = replied.filter((p) => firstReplyAt(p) > p.upstreamDueAt);
    expect(share(overdue.length, replied.length)).toBeGreaterThan(0.02);
    expect(share(overdue.length, replied.length)).toBeLessThan(0.12);
    for (const action of ['unit_return', 'request_return', 'redispatch', 'extend_request', 'urge', 'hang', 'reopen', 'answer', 'sub_reply'] as const) {
      expect(plans.some((p) => p.steps.some((s) => s.action === action))).toBe(true);
    }
  });

  it('when most orders are signed, then it is within minutes of receipt; some are late', () => {
    const delays = plans.flatMap((p) => (p.steps[0] ? [(p.steps[0].at.getTime() - p.receivedAt.getTime()) / 60_000] : []));
    expect(share(delays.filter((d) => d <= 30).length, delays.length)).toBeGreaterThan(0.85);
    expect(delays.some((d) => d > 30)).toBe(true);
  });
});
