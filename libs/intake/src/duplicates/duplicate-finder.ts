import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IntakeDraft } from '@app/orders';
import { placeKeyOf } from '@app/address';
import { contentForScore, DUPLICATE_RULES, judgeCandidates, SEARCH_WINDOW_DAYS, type DuplicateCandidate, type DuplicateProbe } from './duplicate-rules.js';
import { TrigramSupport } from './trigram-support.js';

const DAY_MS = 86_400_000;
/** Enough for a person to review; a flood of repeats is one incident, not fifty candidates. */
const MAX_CANDIDATES = 50;
/** Orders at the same place (or from the same caller) within the window, before the rules narrow it to a building. */
const MAX_NEARBY = 300;
/** The rules' score (contentForScore) in pg_trgm: the stored text without its own address against the probe's. */
const SCORE_SQL = `similarity(replace(o.content, o.address, ''), $7::text)`;
/** Without pg_trgm the rules score in TypeScript; $7 is still referenced so PostgreSQL can type it. */
const SCORE_LATER_SQL = 'CASE WHEN $7::text IS NULL THEN NULL::real END';
/** Place matches are only worth fetching as far back as the same-place rule looks. */
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
 * search, one rule set. SQL narrows to the same phone or the same place within the widest rule window and scores
 * the text by pg_trgm (or, without it, by the same formula in the rules); the rules decide.
 */
@Injectable()
export class DuplicateFinder {
  constructor(private readonly trigrams: TrigramSupport) {}

  async candidatesFor(m: EntityManager, order: IntakeDraft): Promise<FoundDuplicates> {
    return this.find(m, {
      streetCode: order.street_code, excludeId: order.id, phoneHash: order.citizen_phone_hash, receivedAt: new Date(order.received_at),
      address: order.address, content: order.content, category: order.category_path,
    });
  }

  async find(m: EntityManager, probe: FinderProbe): Promise<FoundDuplicates> {
    const inDb = await this.trigrams.inDatabase(m);
    const place = probe.address ? placeKeyOf(probe.address) : null;
    if (!probe.phoneHash && !place) return { candidates: [], method: inDb ? 'pg_trgm' : 'fallback' };
    const at = probe.receivedAt.getTime();
    // Two index range reads (street, phone hash | place key, received_at), each newest first and stopped at the
    // limit, so the search costs the same with a thousand orders in the window as with a million (issue 14). The
    // place branch only fetches what `samePlace` can accept: same road and house.
    const branch = (match: string, from: string, to: string) =>
      `(SELECT o.id FROM work_order o WHERE o.street_code = $1 AND ${match} AND o.received_at BETWEEN ${from} AND ${to}
         AND o.status NOT IN ('merged', 'returned') AND o.id IS DISTINCT FROM $2::uuid ORDER BY o.received_at DESC LIMIT ${MAX_NEARBY})`;
    const rows = (await m.query(
      `SELECT o.id, o.upstream_no, o.status, o.received_at, o.content, o.address, o.category_path,
              COALESCE(o.citizen_phone_hash = $3, false) AS same_phone,
              ${inDb ? SCORE_SQL : SCORE_LATER_SQL} AS similarity
         FROM work_order o
        WHERE o.id IN (${branch('o.citizen_phone_hash = $3', '$5', '$6')} UNION ${branch('o.place_key = $4', '$8', '$9')})
        ORDER BY o.received_at DESC
        LIMIT ${MAX_NEARBY}`,
      [
        probe.streetCode, probe.excludeId ?? null, probe.phoneHash, place,
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
