import { addressKey, samePlace, type AddressKey } from '@app/address';
import { trigramSimilarity } from './trigram.js';

const DAY_MS = 86_400_000;

/**
 * "Similar text", on the pg_trgm scale, each text without its own address (see contentForScore). Chinese texts share
 * fewer trigrams than Latin ones (each character is a "letter"): on the labelled pairs, repeats told in similar words
 * score 0.245–0.37 (sample rows 3 and 40: 0.245), different problems at the same place at most 0.07.
 */
export const SIMILAR_CONTENT = 0.2;

/** The order being checked: a stored order after intake, or the form while the operator is still typing. */
export interface DuplicateProbe {
  receivedAt: Date;
  address: string | null;
  content: string | null;
  category: string | null;
}

/** A nearby order as the database found it. */
export interface NearbyOrder {
  id: string;
  upstreamNo: string | null;
  status: string;
  receivedAt: Date;
  address: string;
  category: string | null;
  content: string;
  /** Same keyed phone hash as the probe (never the phone itself). */
  samePhone: boolean;
  /** Similarity of the contents without their addresses (see contentForScore) from pg_trgm, or null without it. */
  similarity: number | null;
}

/** What a rule sees of one pair, computed once. */
export interface PairFacts {
  samePhone: boolean;
  samePlace: boolean;
  /** Same level-2 category (城乡建设/物业管理), both known. */
  sameCategoryGroup: boolean;
  score: number;
  daysApart: number;
}

export interface DuplicateRule {
  code: string;
  label: string;
  /** How far apart in time (either direction) two orders may be for this rule; the finder searches this wide. */
  windowDays: number;
  matches(f: PairFacts): boolean;
}

/**
 * The rules (DESIGN §5, issue 10), as data. A repeat call is usually the same caller soon after, whatever the
 * words; or a neighbour in the same courtyard/building about the same kind of problem; or the same caller weeks
 * later about the same thing.
 */
export const DUPLICATE_RULES = [
  { code: 'same_phone_7d', label: '同一来电号码7日内', windowDays: 7, matches: (f: PairFacts) => f.samePhone },
  {
    code: 'same_place_similar', label: '同一院/楼且分类或内容相近（7日内）', windowDays: 7,
    matches: (f: PairFacts) => f.samePlace && (f.sameCategoryGroup || f.score >= SIMILAR_CONTENT),
  },
  // Still distinct from the 7-day rule: it reaches 8–30 days back, but only for the same problem.
  { code: 'same_phone_similar_30d', label: '同一来电号码30日内且内容相似', windowDays: 30, matches: (f: PairFacts) => f.samePhone && f.score >= SIMILAR_CONTENT },
] as const satisfies readonly DuplicateRule[];

export type DuplicateReason = (typeof DUPLICATE_RULES)[number]['code'];

/** Labels by code, including the codes of checks stored before issue 10 (their records keep their words). */
export const DUPLICATE_REASON_LABELS: Record<string, string> = {
  ...Object.fromEntries(DUPLICATE_RULES.map((r) => [r.code, r.label])),
  same_phone: '同一来电号码（30 天内）且内容相似',
  same_address_category: '同一地址、同一分类（7 天内）',
};

/** The widest window of any rule: how far the finder looks. */
export const SEARCH_WINDOW_DAYS = Math.max(...DUPLICATE_RULES.map((r) => r.windowDays));

export interface DuplicateCandidate {
  orderId: string;
  upstreamNo: string | null;
  status: string;
  receivedAt: string;
  /** Content similarity 0–1 (pg_trgm formula, each text without its own address), three decimals. */
  score: number;
  reasons: DuplicateReason[];
}

export const categoryGroup = (path: string | null | undefined): string | null => {
  if (!path) return null;
  const second = path.indexOf('/', path.indexOf('/') + 1);
  return second < 0 ? path : path.slice(0, second);
};

/**
 * The text with its own address cut out, as the score compares it: most callers start by saying where they live, and
 * a shared flat address (黑窑厂街30号院2号楼3单元502) would otherwise make heating and gas complaints look alike. Exact
 * string replacement, as SQL's replace() does, so pg_trgm and the fallback score the same text.
 */
export function contentForScore(content: string | null | undefined, address: string | null | undefined): string {
  if (!content) return '';
  return address ? content.split(address).join('') : content;
}

export function pairFacts(probe: DuplicateProbe, probeKey: AddressKey | null, o: NearbyOrder): PairFacts {
  const group = categoryGroup(probe.category);
  return {
    samePhone: o.samePhone,
    samePlace: samePlace(probeKey, addressKey(o.address)),
    sameCategoryGroup: group !== null && group === categoryGroup(o.category),
    score: Math.round((o.similarity ?? trigramSimilarity(contentForScore(probe.content, probe.address), contentForScore(o.content, o.address))) * 1000) / 1000,
    daysApart: Math.abs(probe.receivedAt.getTime() - o.receivedAt.getTime()) / DAY_MS,
  };
}

/** The codes of the rules a pair meets, in rule order. */
export function reasonsFor(f: PairFacts, rules: readonly DuplicateRule[] = DUPLICATE_RULES): string[] {
  return rules.filter((r) => f.daysApart <= r.windowDays && r.matches(f)).map((r) => r.code);
}

/**
 * Which nearby orders are suspected duplicates, best first: more reasons first, then the higher score. The
 * content score comes from pg_trgm when the database has it, else from the same formula computed here.
 */
export function judgeCandidates(probe: DuplicateProbe, nearby: readonly NearbyOrder[]): DuplicateCandidate[] {
  const key = probe.address ? addressKey(probe.address) : null;
  const out: DuplicateCandidate[] = [];
  for (const o of nearby) {
    const facts = pairFacts(probe, key, o);
    const reasons = reasonsFor(facts) as DuplicateReason[];
    if (reasons.length) out.push({ orderId: o.id, upstreamNo: o.upstreamNo, status: o.status, receivedAt: o.receivedAt.toISOString(), score: facts.score, reasons });
  }
  return out.sort((a, b) => b.reasons.length - a.reasons.length || b.score - a.score);
}
