import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderRow } from '@app/orders';
import { addressKey, placeKeyOf } from '@app/address';
import type { FoundDuplicates } from './duplicate-finder.js';
import { contentForScore, DUPLICATE_RULES, judgeCandidates, pairFacts, reasonsFor, SEARCH_WINDOW_DAYS, type NearbyOrder } from './duplicate-rules.js';
import { TrigramSupport } from './trigram-support.js';

const DAY_MS = 86_400_000;
/** DuplicateFinder's limits: a person reviews at most 50 candidates, found among at most 300 nearby orders. */
const MAX_CANDIDATES = 50;
const MAX_NEARBY = 300;
const PLACE_WINDOW_DAYS = DUPLICATE_RULES.find((r) => r.code === 'same_place_similar')!.windowDays;

interface StoredRow {
  id: string;
  upstream_no: string | null;
  status: string;
  received_at: Date;
  content: string;
  address: string;
  category_path: string | null;
  citizen_phone_hash: string | null;
  place_key: string | null;
}

/**
 * DuplicateFinder.candidatesFor for every order of an import batch, in two statements instead of one search per
 * order (a search scans the street's orders of the window, so per order it grew with the street: the import slowed
 * as it went). The batch's orders are already written; each is compared only with what existed before it — the
 * orders before it in the batch and everything older — as checking each order right after writing it would.
 * Same search (same phone in 30 days or same place in 7, the nearest 300), same rules, same pg_trgm scores.
 */
@Injectable()
export class DuplicateBatchFinder {
  constructor(private readonly trigrams: TrigramSupport) {}

  async candidatesForMany(m: EntityManager, orders: readonly OrderRow[]): Promise<FoundDuplicates[]> {
    if (!orders.length) return [];
    const method = (await this.trigrams.inDatabase(m)) ? 'pg_trgm' : 'fallback';
    const probes = orders.map((o) => ({
      order: o, key: addressKey(o.address), place: placeKeyOf(o.address), at: new Date(o.received_at).getTime(),
      probe: { receivedAt: new Date(o.received_at), address: o.address, content: o.content, category: o.category_path },
    }));
    // Newest first, as the single search orders them before keeping the nearest 300.
    const stored = (await this.nearbyForAll(m, probes)).map((r) => ({ row: r, at: new Date(r.received_at).getTime() })).sort((a, b) => b.at - a.at);
    const position = new Map(orders.map((o, i) => [o.id, i]));

    const nearby = probes.map((p, i) => {
      const phone = p.order.citizen_phone_hash;
      const near: NearbyOrder[] = [];
      for (const { row: r, at } of stored) {
        if (near.length === MAX_NEARBY) break;
        // Itself and the batch's orders after it did not exist yet when it would have been checked alone.
        if ((position.get(r.id) ?? -1) >= i) continue;
        const samePhone = phone !== null && r.citizen_phone_hash === phone;
        const found = (samePhone && Math.abs(at - p.at) <= SEARCH_WINDOW_DAYS * DAY_MS)
          || (p.place !== null && r.place_key === p.place && Math.abs(at - p.at) <= PLACE_WINDOW_DAYS * DAY_MS);
        if (found) {
          near.push({
            id: r.id, upstreamNo: r.upstream_no, status: r.status, receivedAt: new Date(at), content: r.content, address: r.address,
            category: r.category_path, samePhone, similarity: null,
          });
        }
      }
      return near;
    });

    // A pair no score can bring under a rule is not scored: in a street most nearby orders are only on the same road.
    const needsScore = probes.map((p, i) => nearby[i]!.map((o) => {
      const facts = pairFacts(p.probe, p.key, { ...o, similarity: 0 });
      return reasonsFor(facts).length > 0 || reasonsFor({ ...facts, score: 1 }).length > 0;
    }));
    const scores = await this.scores(m, method, probes.flatMap((p, i) => nearby[i]!.filter((_, k) => needsScore[i]![k]).map((o) => [p.order, o] as const)));
    return probes.map((p, i) => {
      const near = nearby[i]!.map((o, k) => ({ ...o, similarity: needsScore[i]![k] ? scores.get(pairKey(p.order, o))! : 0 }));
      return { candidates: judgeCandidates(p.probe, near).slice(0, MAX_CANDIDATES), method };
    });
  }

  /** Every order any probe could find, in one scan of the batch's window (a superset; each probe filters its own). */
  private async nearbyForAll(m: EntityManager, probes: readonly { order: OrderRow; at: number; place: string | null }[]): Promise<StoredRow[]> {
    const phones = [...new Set(probes.flatMap((p) => (p.order.citizen_phone_hash ? [p.order.citizen_phone_hash] : [])))];
    const places = [...new Set(probes.flatMap((p) => (p.place ? [p.place] : [])))];
    if (!phones.length && !places.length) return [];
    const from = Math.min(...probes.map((p) => p.at));
    const to = Math.max(...probes.map((p) => p.at));
    const around = (days: number) => [new Date(from - days * DAY_MS), new Date(to + days * DAY_MS)];
    return (await m.query(
      `SELECT o.id, o.upstream_no, o.status, o.received_at, o.content, o.address, o.category_path, o.citizen_phone_hash, o.place_key
         FROM work_order o
        WHERE o.street_code = $1 AND o.status NOT IN ('merged', 'returned')
          AND ((o.citizen_phone_hash = ANY($2::bpchar[]) AND o.received_at BETWEEN $3 AND $4)
            OR (o.place_key = ANY($5::text[]) AND o.received_at BETWEEN $6 AND $7))`,
      [probes[0]!.order.street_code, phones, ...around(SEARCH_WINDOW_DAYS), places, ...around(PLACE_WINDOW_DAYS)],
    )) as StoredRow[];
  }

  /** pg_trgm's similarity of each distinct pair, in one statement; the fallback leaves scoring to the rules. */
  private async scores(m: EntityManager, method: string, pairs: readonly (readonly [OrderRow, NearbyOrder])[]): Promise<Map<string, number | null>> {
    const distinct = new Map(pairs.map(([o, r]) => [pairKey(o, r), [contentForScore(o.content, o.address), r.content, r.address] as const]));
    if (method !== 'pg_trgm' || !distinct.size) return new Map([...distinct.keys()].map((k) => [k, null]));
    const texts = [...distinct.values()];
    const rows = (await m.query(
      `SELECT similarity(replace(c, a, ''), p) AS s FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS x(p, c, a, n) ORDER BY n`,
      [texts.map((t) => t[0]), texts.map((t) => t[1]), texts.map((t) => t[2])],
    )) as { s: number }[];
    return new Map([...distinct.keys()].map((k, i) => [k, Number(rows[i]!.s)]));
  }
}

/** Pairs with the same texts score the same: an export often repeats a text (and a test file repeats every one). */
function pairKey(probe: OrderRow, stored: Pick<NearbyOrder, 'content' | 'address'>): string {
  return `${probe.content}\u0000${probe.address}\u0000${stored.content}\u0000${stored.address}`;
}
