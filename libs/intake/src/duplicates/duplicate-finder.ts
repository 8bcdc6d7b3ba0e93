import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderRow } from '@app/orders';
import { judgeCandidates, SAME_PHONE_WINDOW_DAYS, SAME_PLACE_WINDOW_DAYS, type DuplicateCandidate } from './duplicate-rules.js';
import { TrigramSupport } from './trigram-support.js';

const DAY_MS = 86_400_000;
/** Enough for a person to review; a flood of repeats is one incident, not fifty candidates. */
const MAX_NEARBY = 50;

/** Candidate duplicates of an order (DESIGN §5), scored by pg_trgm or, without it, by the same formula here. */
@Injectable()
export class DuplicateFinder {
  constructor(private readonly trigrams: TrigramSupport) {}

  async candidatesFor(m: EntityManager, order: OrderRow): Promise<{ candidates: DuplicateCandidate[]; method: 'pg_trgm' | 'fallback' }> {
    const inDb = await this.trigrams.inDatabase(m);
    const at = new Date(order.received_at).getTime();
    const phoneFrom = new Date(at - SAME_PHONE_WINDOW_DAYS * DAY_MS);
    const phoneTo = new Date(at + SAME_PHONE_WINDOW_DAYS * DAY_MS);
    const placeFrom = new Date(at - SAME_PLACE_WINDOW_DAYS * DAY_MS);
    const placeTo = new Date(at + SAME_PLACE_WINDOW_DAYS * DAY_MS);
    const rows = (await m.query(
      `SELECT o.id, o.upstream_no, o.status, o.received_at, o.content,
              (o.citizen_phone_hash IS NOT NULL AND o.citizen_phone_hash = $3 AND o.received_at BETWEEN $5 AND $6) AS same_phone,
              (o.category_path IS NOT NULL AND o.address = $4 AND o.category_path = $7 AND o.received_at BETWEEN $8 AND $9) AS same_place,
              ${inDb ? 'similarity(o.content, $10)' : 'NULL::real'} AS similarity
         FROM work_order o
        WHERE o.street_code = $1 AND o.id <> $2 AND o.status NOT IN ('merged', 'returned')
          AND ((o.citizen_phone_hash = $3 AND o.received_at BETWEEN $5 AND $6)
            OR (o.address = $4 AND o.category_path = $7 AND o.received_at BETWEEN $8 AND $9))
        ORDER BY o.received_at DESC
        LIMIT ${MAX_NEARBY}`,
      [
        order.street_code, order.id, order.citizen_phone_hash ?? '', order.address, phoneFrom, phoneTo, order.category_path ?? '', placeFrom, placeTo,
        ...(inDb ? [order.content] : []),
      ],
    )) as { id: string; upstream_no: string | null; status: string; received_at: Date; content: string; same_phone: boolean; same_place: boolean; similarity: number | null }[];
    const candidates = judgeCandidates(
      order.content,
      rows.map((r) => ({
        id: r.id, upstreamNo: r.upstream_no, status: r.status, receivedAt: new Date(r.received_at), content: r.content,
        samePhone: r.same_phone, samePlace: r.same_place, similarity: r.similarity === null ? null : Number(r.similarity),
      })),
    );
    return { candidates, method: inDb ? 'pg_trgm' : 'fallback' };
  }
}
