import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderRow } from '@app/orders';
import { addressKey } from '../text/address-key.js';
import { contentForScore, DUPLICATE_RULES, judgeCandidates, SEARCH_WINDOW_DAYS, type DuplicateCandidate, type DuplicateProbe } from './duplicate-rules.js';
import { TrigramSupport } from './trigram-support.js';

const DAY_MS = 86_400_000;
/** Enough for a person to review; a flood of repeats is one incident, not fifty candidates. */
const MAX_CANDIDATES = 50;
/** Orders on the same road within the window: a busy road's week, before the rules narrow it to a building. */
const MAX_NEARBY = 300;
/** The rules' score (contentForScore) in pg_trgm: the stored text without its own address against the probe's. */
const SCORE_SQL = `similarity(replace(o.content, o.address, ''), $7::text)`;
/** Without pg_trgm the rules score in TypeScript; $7 is still referenced so PostgreSQL can type it. */
const SCORE_LATER_SQL = 'CASE WHEN $7::text IS NULL THEN NULL::real END';
/** Road matches are only worth fetching as far back as the same-place rule looks. */
const PLACE_WINDOW_DAYS = DUPLICATE_RULES.find((r) => r.code === 'same_place_similar')!.windowDays;

/** A probe as the finder needs it: the keyed phone hash (never the phone), and the order itself to leave out. */
export interface FinderProbe extends DuplicateProbe {
  streetCode: string;
  phoneHash: string | null;
  excludeId?: string | null;
}

export interface FoundDuplicates {
  candidates: DuplicateCandidate[];
  method: 'pg_trgm' | 'fallback';
}

/**
 * Candidate duplicates (DESIGN §5) for a stored order after intake and for the intake form before submitting: one
 * search, one rule set. SQL narrows to the same phone or the same road within the widest rule window and scores
 * the text by pg_trgm (or, without it, by the same formula in the rules); the rules decide.
 */
@Injectable()
export class DuplicateFinder {
  constructor(private readonly trigrams: TrigramSupport) {}

  async candidatesFor(m: EntityManager, order: OrderRow): Promise<FoundDuplicates> {
    return this.find(m, {
      streetCode: order.street_code, excludeId: order.id, phoneHash: order.citizen_phone_hash, receivedAt: new Date(order.received_at),
      address: order.address, content: order.content, category: order.category_path,
    });
  }

  async find(m: EntityManager, probe: FinderProbe): Promise<FoundDuplicates> {
    const inDb = await this.trigrams.inDatabase(m);
    const road = probe.address ? (addressKey(probe.address)?.road ?? null) : null;
    if (!probe.phoneHash && !road) return { candidates: [], method: inDb ? 'pg_trgm' : 'fallback' };
    const at = probe.receivedAt.getTime();
    const rows = (await m.query(
      `SELECT o.id, o.upstream_no, o.status, o.received_at, o.content, o.address, o.category_path,
              COALESCE(o.citizen_phone_hash = $3, false) AS same_phone,
              ${inDb ? SCORE_SQL : SCORE_LATER_SQL} AS similarity
         FROM work_order o
        WHERE o.street_code = $1 AND o.id IS DISTINCT FROM $2::uuid AND o.status NOT IN ('merged', 'returned')
          AND ((o.citizen_phone_hash = $3 AND o.received_at BETWEEN $5 AND $6)
            OR ($4::text IS NOT NULL AND position($4::text IN o.address) > 0 AND o.received_at BETWEEN $8 AND $9))
        ORDER BY o.received_at DESC
        LIMIT ${MAX_NEARBY}`,
      [
        probe.streetCode, probe.excludeId ?? null, probe.phoneHash, road,
        new Date(at - SEARCH_WINDOW_DAYS * DAY_MS), new Date(at + SEARCH_WINDOW_DAYS * DAY_MS),
        inDb ? contentForScore(probe.content, probe.address) : null,
        new Date(at - PLACE_WINDOW_DAYS * DAY_MS), new Date(at + PLACE_WINDOW_DAYS * DAY_MS),
      ],
    )) as { id: string; upstream_no: string | null; status: string; received_at: Date; content: string; address: string; category_path: string | null; same_phone: boolean; similarity: number | null }[];
    const candidates = judgeCandidates(
      probe,
      rows.map((r) => ({
        id: r.id, upstreamNo: r.upstream_no, status: r.status, receivedAt: new Date(r.received_at), content: r.content, address: r.address,
        category: r.category_path, samePhone: r.same_phone, similarity: r.similarity === null ? null : Number(r.similarity),
      })),
    );
    return { candidates: candidates.slice(0, MAX_CANDIDATES), method: inDb ? 'pg_trgm' : 'fallback' };
  }
}
