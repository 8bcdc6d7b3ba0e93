import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderRow } from '@app/orders';
import { addressKey } from '../text/address-key.js';
import type { FoundDuplicates } from './duplicate-finder.js';
import { contentForScore, DUPLICATE_RULES, judgeCandidates, SEARCH_WINDOW_DAYS } from './duplicate-rules.js';
import { TrigramSupport } from './trigram-support.js';

const DAY_MS = 86_400_000;
/** DuplicateFinder's limits: a person reviews at most 50 candidates, found among at most 300 nearby orders. */
const MAX_CANDIDATES = 50;
const MAX_NEARBY = 300;
const PLACE_WINDOW_DAYS = DUPLICATE_RULES.find((r) => r.code === 'same_place_similar')!.windowDays;

interface NearbyRow {
  n: string;
  id: string;
  upstream_no: string | null;
  status: string;
  received_at: Date;
  content: string;
  address: string;
  category_path: string | null;
  same_phone: boolean;
  similarity: number | null;
}

/**
 * DuplicateFinder.candidatesFor for every order of an import batch, in one statement. The batch's orders are already
 * written, so each is compared only with the orders that existed before it: the ones before it in the batch and
 * everything older, never itself or those after it — what checking each order right after writing it finds.
 * The search and the rules are DuplicateFinder's (same phone or same road in the window, pg_trgm or the fallback).
 */
@Injectable()
export class DuplicateBatchFinder {
  constructor(private readonly trigrams: TrigramSupport) {}

  async candidatesForMany(m: EntityManager, orders: readonly OrderRow[]): Promise<FoundDuplicates[]> {
    if (!orders.length) return [];
    const inDb = await this.trigrams.inDatabase(m);
    const at = orders.map((o) => new Date(o.received_at).getTime());
    const around = (days: number, sign: 1 | -1) => at.map((t) => new Date(t + sign * days * DAY_MS));
    const rows = (await m.query(
      `SELECT p.n, o.*
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[])
              WITH ORDINALITY AS p(id, phone_hash, road, score_text, phone_from, phone_to, place_from, place_to, n)
        CROSS JOIN LATERAL (
          SELECT o.id, o.upstream_no, o.status, o.received_at, o.content, o.address, o.category_path,
                 COALESCE(o.citizen_phone_hash = p.phone_hash, false) AS same_phone,
                 ${inDb ? `similarity(replace(o.content, o.address, ''), p.score_text)` : 'NULL::real'} AS similarity
            FROM work_order o
           WHERE o.street_code = $1 AND o.id <> ALL (($2::uuid[])[p.n::int:]) AND o.status NOT IN ('merged', 'returned')
             AND ((o.citizen_phone_hash = p.phone_hash AND o.received_at BETWEEN p.phone_from AND p.phone_to)
               OR (p.road IS NOT NULL AND position(p.road IN o.address) > 0 AND o.received_at BETWEEN p.place_from AND p.place_to))
           ORDER BY o.received_at DESC
           LIMIT ${MAX_NEARBY}) o`,
      [
        orders[0]!.street_code, orders.map((o) => o.id), orders.map((o) => o.citizen_phone_hash),
        orders.map((o) => addressKey(o.address)?.road ?? null), orders.map((o) => (inDb ? contentForScore(o.content, o.address) : null)),
        around(SEARCH_WINDOW_DAYS, -1), around(SEARCH_WINDOW_DAYS, 1), around(PLACE_WINDOW_DAYS, -1), around(PLACE_WINDOW_DAYS, 1),
      ],
    )) as NearbyRow[];
    const byProbe = new Map<number, NearbyRow[]>();
    for (const row of rows) {
      const list = byProbe.get(Number(row.n));
      if (list) list.push(row);
      else byProbe.set(Number(row.n), [row]);
    }
    return orders.map((order, i) => {
      const probe = { receivedAt: new Date(order.received_at), address: order.address, content: order.content, category: order.category_path };
      const nearby = (byProbe.get(i + 1) ?? []).map((r) => ({
        id: r.id, upstreamNo: r.upstream_no, status: r.status, receivedAt: new Date(r.received_at), content: r.content, address: r.address,
        category: r.category_path, samePhone: r.same_phone, similarity: r.similarity === null ? null : Number(r.similarity),
      }));
      return { candidates: judgeCandidates(probe, nearby).slice(0, MAX_CANDIDATES), method: inDb ? 'pg_trgm' : 'fallback' };
    });
  }
}
