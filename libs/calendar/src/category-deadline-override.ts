import { findPolicyRow, type ClockKind, type DeadlinePolicyRow, type OrderType, type Urgency } from './deadline-policy.js';
import type { Duration } from './working-time.js';

/** The clocks an override may set, each a span from the clock's start (the same events as the policy rows'). */
export const OVERRIDE_DURATION_FIELDS = ['signWithin', 'contactWithin', 'unitReplyWithin', 'reviewWithin'] as const;
export type OverrideDurationField = (typeof OVERRIDE_DURATION_FIELDS)[number];

export const OVERRIDE_FIELD_OF_CLOCK: Readonly<Record<ClockKind, OverrideDurationField>> = {
  sign: 'signWithin',
  contact: 'contactWithin',
  unitReply: 'unitReplyWithin',
  review: 'reviewWithin',
};

/**
 * An admin's exception to the type × urgency table for one category and everything under it (e.g. 城乡建设/供暖 in
 * winter): for all types and urgencies, or only one type and/or urgency. A clock left null is not overridden: a less
 * specific override that sets it decides, else the policy row.
 */
export interface CategoryDeadlineOverride {
  /** A category path of the street ('城乡建设/供暖'); it covers the orders of that category and every one under it. */
  categoryPrefix: string;
  /** null: every type. */
  type: OrderType | null;
  /** null: every urgency. */
  urgency: Urgency | null;
  signWithin: Duration | null;
  contactWithin: Duration | null;
  /** From dispatch. With a platform limit the unit is still never due after the limit minus the row's buffer. */
  unitReplyWithin: Duration | null;
  reviewWithin: Duration | null;
}

/** The street's deadline rules: the type × urgency table and the category exceptions to it. */
export interface DeadlinePolicy {
  rows: readonly DeadlinePolicyRow[];
  categoryOverrides: readonly CategoryDeadlineOverride[];
}

/** What the order brings to the choice of its durations. */
export interface ClockSubject {
  /** The order's category path when the clock starts; null or absent while unclassified (no override applies). */
  category?: string | null;
  type: OrderType;
  urgency: Urgency;
}

export interface EffectiveClockDurations {
  /**
   * From the clock's start: the override's duration, else the row's. For the unit reply the row's is the one used
   * when the platform gave no limit (unitReplyWithoutUpstream).
   */
  within: Duration;
  /** Kept back before the platform's limit for the desk's review: always the row's, the review is the desk's time. */
  unitReplyBuffer: Duration;
  /** The override that set `within`, or null when the type × urgency row did. */
  override: CategoryDeadlineOverride | null;
}

function segments(path: string): string[] {
  return path.split('/').map((s) => s.trim()).filter((s) => s !== '');
}

/** Levels of the prefix when it covers the category on whole levels ('城乡建设/供' covers nothing), else -1. */
function coveredLevels(category: string, prefix: string): number {
  const own = segments(category);
  const head = segments(prefix);
  const covers = head.length > 0 && head.length <= own.length && head.every((s, i) => s === own[i]);
  return covers ? head.length : -1;
}

/**
 * How specific an override is for the subject, or null when it does not apply: a deeper category first, then one
 * naming the type and urgency, the type alone, the urgency alone, neither. The type ranks before the urgency so two
 * overrides of the same category can never tie (the unique key makes every other pair differ in depth or naming).
 */
function specificity(override: CategoryDeadlineOverride, subject: ClockSubject): number | null {
  if (!subject.category) return null;
  if (override.type !== null && override.type !== subject.type) return null;
  if (override.urgency !== null && override.urgency !== subject.urgency) return null;
  const levels = coveredLevels(subject.category, override.categoryPrefix);
  if (levels < 0) return null;
  return levels * 4 + (override.type !== null ? 2 : 0) + (override.urgency !== null ? 1 : 0);
}

/** The most specific override that applies to the subject and sets this clock, or null. */
export function pickCategoryOverride(
  overrides: readonly CategoryDeadlineOverride[],
  subject: ClockSubject,
  kind: ClockKind,
): CategoryDeadlineOverride | null {
  const field = OVERRIDE_FIELD_OF_CLOCK[kind];
  let best: { override: CategoryDeadlineOverride; rank: number } | null = null;
  for (const override of overrides) {
    if (!override[field]) continue;
    const rank = specificity(override, subject);
    if (rank !== null && (!best || rank > best.rank)) best = { override, rank };
  }
  return best?.override ?? null;
}

/**
 * The durations one clock of the subject runs on (DESIGN §4 with the admin's category exceptions).
 * @throws Error when the table has no row for the type × urgency (validate policies first).
 */
export function effectiveClockDurations(
  policy: DeadlinePolicy,
  subject: ClockSubject,
  kind: ClockKind,
): EffectiveClockDurations {
  const field = OVERRIDE_FIELD_OF_CLOCK[kind];
  if (!field) throw new RangeError(`Unknown clock kind ${JSON.stringify(kind)}`);
  const row = findPolicyRow(policy.rows, subject.type, subject.urgency);
  const override = pickCategoryOverride(policy.categoryOverrides, subject, kind);
  const own = override?.[field];
  const base = kind === 'unitReply' ? row.unitReplyWithoutUpstream : row[field as Exclude<OverrideDurationField, 'unitReplyWithin'>];
  return { within: own ?? base, unitReplyBuffer: row.unitReplyBuffer, override: own ? override : null };
}
