import type { EntityManager } from 'typeorm';
import type { OrderRow } from '@app/orders';
import type { SuggestionView } from './classify/suggestion-view.js';
import type { FoundDuplicates } from './duplicates/duplicate-finder.js';

/** The rows intake keeps beside new orders, one statement per table for one order or a whole import batch. */
export const IntakeEffectsStore = {
  async insertSuggestions(m: EntityManager, now: Date, rows: readonly { order: OrderRow; view: SuggestionView }[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO order_suggestion (order_id, street_code, community, category, unit, created_at, updated_at)
       SELECT order_id, street_code, community, category, unit, $1, $1
         FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::jsonb[]) AS s(order_id, street_code, community, category, unit)`,
      [
        now, rows.map((r) => r.order.id), rows.map((r) => r.order.street_code), rows.map((r) => JSON.stringify(r.view.community)),
        rows.map((r) => JSON.stringify(r.view.category)), rows.map((r) => JSON.stringify(r.view.unit)),
      ],
    );
  },

  async insertDuplicateChecks(m: EntityManager, now: Date, rows: readonly { order: OrderRow; found: FoundDuplicates }[]): Promise<void> {
    if (!rows.length) return;
    await m.query(
      `INSERT INTO order_duplicate_check (order_id, street_code, status, candidates, method, found_at)
       SELECT order_id, street_code, 'suspected', candidates, method, $1
         FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::text[]) AS d(order_id, street_code, candidates, method)`,
      [now, rows.map((r) => r.order.id), rows.map((r) => r.order.street_code), rows.map((r) => JSON.stringify(r.found.candidates)), rows.map((r) => r.found.method)],
    );
  },
};
