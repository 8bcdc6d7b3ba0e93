import type { ReferenceData } from '@app/reference';
import { profilesForReference } from './category-catalog.js';
import type { CategoryProfile } from './category-profile.js';
import { draftIntake, draftRepeatCall, type DemoIntakeDraft } from './demo-intake.js';
import type { DemoOrderPlan, DemoOrderState, DemoStep } from './demo-order-plan.js';
import { buildDemoPopulation } from './demo-population.js';
import { communityUnitCode, resolveDispatchTarget, type DispatchTarget } from './dispatch-routing.js';
import { scriptLifecycle } from './lifecycle-script.js';
import { replayDemoSteps } from './lifecycle-replay.js';
import { Rng } from './prng.js';
import { dayOfWeekFactor, seasonFactor } from './seasonality.js';
import { addDays, shanghaiDayKey, shanghaiInstant, startOfShanghaiDay } from './shanghai-time.js';

export interface GenerateDemoOrdersOptions {
  /** Same seed, same street history. */
  seed: number;
  /** First instant of the period (the contract starts 2026-05-01T00:00+08:00). */
  from: Date;
  /** The seeding moment: nothing is received or done after it; recent orders stay open. */
  to: Date;
  reference: ReferenceData;
  /** Multiplies every category's rate (default 1: about 8–15 orders a day for one street). */
  volumeScale?: number;
}

/** Midnight (Beijing time) of the contract's first day: where the demo history starts (DESIGN §13). */
export function demoPeriodStart(reference: ReferenceData): Date {
  const [year, month, day] = reference.contract.period.start.split('-').map(Number);
  return shanghaiInstant(year!, month!, day!);
}

/** Share of calls about a matter at home that are followed by a repeat call a few days later. */
const REPEAT_CALL_SHARE = 0.035;

/**
 * Realistic demo orders for one street (DESIGN §13 demo mode): intake fields per DESIGN §2 and a lifecycle script
 * per DESIGN §3, for every Shanghai day from `from` to `to`. Pure and deterministic: each day and each order draws
 * from its own seeded stream, so extending `to` adds days without changing the ones already generated (only the
 * lifecycles that were cut at the old `to` continue).
 */
export function generateDemoOrders(options: GenerateDemoOrdersOptions): DemoOrderPlan[] {
  const { seed, from, to, reference } = options;
  if (!(from.getTime() <= to.getTime())) throw new Error('generateDemoOrders: `from` must not be after `to`');
  const drafts = draftOrders(options);
  const numbers = assignUpstreamNumbers(drafts);

  const unitNames = new Map(reference.units.map((u) => [u.code, u.name]));
  const unitName = (code: string) => unitNames.get(code) ?? code;
  const fullScripts = new Map<string, DemoStep[]>();
  const plans: DemoOrderPlan[] = [];

  for (const draft of drafts) {
    const rng = Rng.derive(seed, 'lifecycle', draft.key);
    const target = dispatchTargetFor(reference, draft, rng);
    const masterSteps = draft.masterKey ? fullScripts.get(draft.masterKey) : undefined;
    const masterNo = draft.masterKey ? numbers.get(draft.masterKey) : undefined;
    const steps = scriptLifecycle({
      rng,
      profile: draft.profile,
      receivedAt: draft.receivedAt,
      type: draft.type,
      urgency: draft.urgency,
      channel: draft.channel,
      upstreamDueAt: draft.upstreamDueAt,
      target,
      alternateUnitCode: alternateUnitFor(reference, target),
      unitName,
      master: masterSteps && masterNo ? { upstreamNo: masterNo, stateAt: (at) => stateAt(masterSteps, at) } : null,
    });
    fullScripts.set(draft.key, steps);
    const done = steps.filter((step) => step.at.getTime() <= to.getTime());
    plans.push(toPlan(draft, numbers.get(draft.key) ?? null, done));
  }
  return plans;
}

function draftOrders({ seed, from, to, reference, volumeScale = 1 }: GenerateDemoOrdersOptions): DemoIntakeDraft[] {
  const profiles = profilesForReference(reference);
  const population = buildDemoPopulation(reference, seed);
  const drafts: DemoIntakeDraft[] = [];
  for (let day = startOfShanghaiDay(from); day.getTime() <= to.getTime(); day = addDays(day, 1)) {
    const dayKey = shanghaiDayKey(day);
    const dayRng = Rng.derive(seed, 'day', dayKey);
    const weekday = dayOfWeekFactor(day);
    profiles.forEach((profile, p) => {
      const count = dayRng.poisson(expectedCalls(profile, day) * weekday * volumeScale);
      for (let i = 0; i < count; i += 1) {
        const key = `${dayKey}-${p}-${i}`;
        const rng = Rng.derive(seed, 'order', key);
        const draft = draftIntake(rng, key, profile, day, population);
        drafts.push(draft);
        if (draft.channel !== 'proactive' && profile.where === 'home' && rng.chance(REPEAT_CALL_SHARE)) {
          drafts.push(draftRepeatCall(rng, draft));
        }
      }
    });
  }
  return drafts
    .filter((d) => d.receivedAt.getTime() >= from.getTime() && d.receivedAt.getTime() <= to.getTime())
    .filter((d) => d.masterKey === null || drafts.some((m) => m.key === d.masterKey && m.receivedAt >= from))
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.key.localeCompare(b.key));
}

function expectedCalls(profile: CategoryProfile, day: Date): number {
  return profile.rate * seasonFactor(profile.season ?? 'flat', day);
}

/** 'BJ' + Shanghai date + a four-digit daily sequence, as on the platform's exports; proactive cases have none. */
function assignUpstreamNumbers(sortedDrafts: readonly DemoIntakeDraft[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const perDay = new Map<string, number>();
  for (const draft of sortedDrafts) {
    if (draft.channel === 'proactive') continue;
    const day = shanghaiDayKey(draft.receivedAt);
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    numbers.set(draft.key, `BJ${day}${String(seq).padStart(4, '0')}`);
  }
  return numbers;
}

/** The routing rule's units; for slow, on-site matters the community often assists (it may assist in anything). */
function dispatchTargetFor(reference: ReferenceData, draft: DemoIntakeDraft, rng: Rng): DispatchTarget {
  const target = resolveDispatchTarget(reference, draft.category.path, draft.communityCode);
  const community = communityUnitCode(reference, draft.communityCode);
  const assists = (draft.profile.complex || draft.type === 'report') && rng.chance(0.4);
  if (assists && target.unitCode !== community && !target.coUnitCodes.includes(community)) {
    return { ...target, coUnitCodes: [...target.coUnitCodes, community] };
  }
  return target;
}

/** A redispatch hands the lead to a co-unit that is not a community (Art. 17), or to the coordinating centre. */
function alternateUnitFor(reference: ReferenceData, target: DispatchTarget): string | null {
  const communityUnits = new Set(reference.units.filter((u) => u.kind === 'community').map((u) => u.code));
  const coUnit = target.coUnitCodes.find((code) => !communityUnits.has(code) && code !== target.unitCode);
  if (coUnit) return coUnit;
  const centre = reference.units.find((u) => u.kind === 'center' && u.code !== target.unitCode);
  return centre?.code ?? null;
}

function stateAt(steps: readonly DemoStep[], at: Date): DemoOrderState {
  return replayDemoSteps(steps.filter((step) => step.at.getTime() <= at.getTime()));
}

function toPlan(draft: DemoIntakeDraft, upstreamNo: string | null, steps: DemoStep[]): DemoOrderPlan {
  return {
    upstreamNo,
    channel: draft.channel,
    receivedAt: draft.receivedAt,
    citizenName: draft.citizenName,
    citizenPhone: draft.citizenPhone,
    address: draft.address,
    communityCode: draft.communityCode,
    type: draft.type,
    category: draft.category,
    urgency: draft.urgency,
    content: draft.content,
    upstreamDueAt: draft.upstreamDueAt,
    // Cases the desk found itself and praise are not assessed by the platform's callback (DESIGN §8).
    assessment: draft.channel === 'proactive' || draft.type === 'praise' ? 'excluded' : 'full',
    tags: draft.tags,
    steps,
    finalState: replayDemoSteps(steps),
  };
}
