import { splitCategoryPath } from '@app/reference';
import { composeContent, fillTemplate, isAboutBuilding, typeWeightsOf, type CategoryProfile } from './category-profile.js';
import type { DemoCommunity, DemoResident } from './demo-population.js';
import { demoCallerName, demoPhone } from './demo-population.js';
import type { DemoCategoryRef, DemoChannel, DemoOrderType, DemoUrgency } from './demo-order-plan.js';
import { upstreamLimitHours } from './lifecycle-timing.js';
import type { Rng } from './prng.js';
import { drawMinuteOfDay } from './seasonality.js';
import { addHours, addMinutes } from './shanghai-time.js';

/** An order's intake fields before it is numbered and scripted. */
export interface DemoIntakeDraft {
  /** Stable identity inside one generation run (day, category, index). */
  key: string;
  profile: CategoryProfile;
  channel: DemoChannel;
  receivedAt: Date;
  citizenName: string | null;
  citizenPhone: string | null;
  address: string;
  communityCode: string;
  type: DemoOrderType;
  category: DemoCategoryRef;
  urgency: DemoUrgency;
  content: string;
  upstreamDueAt: Date;
  tags: string[];
  /** For a repeat call: the key of the earlier order about the same matter. */
  masterKey: string | null;
}

const PLATFORM_CHANNELS: readonly (readonly [DemoChannel, number])[] = [['hotline', 76], ['app', 12], ['web', 10], ['mail', 2]];

/** Draws one call of a category on a Shanghai day. */
export function draftIntake(rng: Rng, key: string, profile: CategoryProfile, dayStart: Date, population: DemoCommunity[]): DemoIntakeDraft {
  const receivedAt = addMinutes(dayStart, drawMinuteOfDay(rng, profile.hours ?? 'default'));
  const community = rng.weighted(population.map((c) => [c, c.weight] as const));
  const proactive = profile.proactiveTexts !== undefined && rng.chance(0.2);
  const caller = proactive ? null : pickCaller(rng, community);
  const pick = <T>(items: readonly T[]) => rng.pick(items);
  // A grid worker's finding has no caller and no platform number; it is reported as a finding.
  const type: DemoOrderType = proactive ? 'report' : rng.weighted(typeWeightsOf(profile));
  const text = rng.pick(proactive ? profile.proactiveTexts! : profile.texts[type]!);
  let address: string;
  if (profile.where === 'street') address = rng.pick(community.streetAddresses);
  else if (!caller) address = rng.pick(community.buildings);
  else address = isAboutBuilding(text) ? caller.building : caller.homeAddress;
  const body = fillTemplate(text, address, pick);
  const content = proactive ? `网格员巡查发现：${body}请相关部门处置。` : composeContent(type, body, pick);
  const urgency = drawUrgency(rng, profile);
  return {
    key,
    profile,
    channel: proactive ? 'proactive' : rng.weighted(PLATFORM_CHANNELS),
    receivedAt,
    citizenName: caller?.name ?? null,
    citizenPhone: caller?.phone ?? null,
    address,
    communityCode: community.code,
    type,
    category: categoryRef(profile.path),
    urgency,
    content,
    upstreamDueAt: addHours(receivedAt, upstreamLimitHours(type, urgency)),
    tags: [...(profile.tags ?? []), ...(proactive ? ['主动治理'] : [])],
    masterKey: null,
  };
}

/**
 * The same caller about the same matter a few days later, under a new platform number: the case DESIGN §5's
 * duplicate detection exists for.
 */
export function draftRepeatCall(rng: Rng, master: DemoIntakeDraft): DemoIntakeDraft {
  const receivedAt = addHours(master.receivedAt, rng.between(20, 96));
  const pick = <T>(items: readonly T[]) => rng.pick(items);
  const body = fillTemplate(rng.pick(master.profile.texts[master.type]!), master.address, pick);
  return {
    ...master,
    key: `${master.key}-repeat`,
    channel: 'hotline',
    receivedAt,
    content: `来电人再次反映：${body}此前已反映过，至今未解决。`,
    upstreamDueAt: addHours(receivedAt, upstreamLimitHours(master.type, master.urgency)),
    tags: [...master.tags, '重复来电'],
    masterKey: master.key,
  };
}

function pickCaller(rng: Rng, community: DemoCommunity): DemoResident {
  // Most callers live where the matter is; some are passers-by or relatives, who appear once.
  if (rng.chance(0.85)) return rng.weighted(community.residents.map((r) => [r, r.weight] as const));
  const neighbour = rng.pick(community.residents);
  return { name: demoCallerName(rng), phone: demoPhone(rng), homeAddress: neighbour.homeAddress, building: neighbour.building, weight: 0 };
}

function drawUrgency(rng: Rng, profile: CategoryProfile): DemoUrgency {
  const critical = profile.urgency?.critical ?? 0;
  const urgent = profile.urgency?.urgent ?? 0.015;
  const r = rng.float();
  if (r < critical) return 'critical';
  return r < critical + urgent ? 'urgent' : 'normal';
}

function categoryRef(path: string): DemoCategoryRef {
  const [l1, l2, l3] = splitCategoryPath(path);
  return { path, levels: [l1!, l2!, l3!] };
}
