import { trigramSimilarity } from './trigram.js';

/** DESIGN §5: same phone within 30 days with similar content, or same address and category within 7 days. */
export const SAME_PHONE_WINDOW_DAYS = 30;
export const SAME_PLACE_WINDOW_DAYS = 7;
/**
 * pg_trgm's own default threshold. Chinese texts share fewer trigrams than Latin ones (each character is a
 * "letter"); a caller retelling the same problem in other words scores about 0.33 (sample rows 3 and 40).
 */
export const SIMILAR_CONTENT = 0.3;

export type DuplicateReason = 'same_phone' | 'same_address_category';
export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  same_phone: '同一来电号码（30 天内）且内容相似',
  same_address_category: '同一地址、同一分类（7 天内）',
};

/** A nearby order as the database found it. */
export interface NearbyOrder {
  id: string;
  upstreamNo: string | null;
  status: string;
  receivedAt: Date;
  content: string;
  samePhone: boolean;
  samePlace: boolean;
  /** Content similarity from pg_trgm, or null when the database cannot compute it. */
  similarity: number | null;
}

export interface DuplicateCandidate {
  orderId: string;
  upstreamNo: string | null;
  status: string;
  receivedAt: string;
  /** Content similarity 0–1 (pg_trgm formula), three decimals. */
  score: number;
  reasons: DuplicateReason[];
}

/**
 * Which nearby orders are suspected duplicates, best first: more reasons first, then the higher score. The
 * content score comes from pg_trgm when the database has it, else from the same formula computed here.
 */
export function judgeCandidates(content: string, nearby: readonly NearbyOrder[]): DuplicateCandidate[] {
  const out: DuplicateCandidate[] = [];
  for (const o of nearby) {
    const score = Math.round((o.similarity ?? trigramSimilarity(content, o.content)) * 1000) / 1000;
    const reasons: DuplicateReason[] = [];
    if (o.samePhone && score >= SIMILAR_CONTENT) reasons.push('same_phone');
    if (o.samePlace) reasons.push('same_address_category');
    if (reasons.length) out.push({ orderId: o.id, upstreamNo: o.upstreamNo, status: o.status, receivedAt: o.receivedAt.toISOString(), score, reasons });
  }
  return out.sort((a, b) => b.reasons.length - a.reasons.length || b.score - a.score);
}
