import { OVERRIDE_DURATION_FIELDS, type CategoryDeadlineOverride, type Duration } from '@app/calendar';
import type { Queryable } from './calendar.queries.js';

/** A stored override as the admin API shows it. */
export interface StoredCategoryOverride extends CategoryDeadlineOverride {
  id: string;
  version: number;
  updatedAt: Date;
}

const OVERRIDE_COLUMNS = `id, category_prefix AS "categoryPrefix", order_type AS "type", urgency,
  sign_within AS "signWithin", contact_within AS "contactWithin", unit_reply_within AS "unitReplyWithin",
  review_within AS "reviewWithin", version, updated_at AS "updatedAt"`;

/** Every override of the street, by category then the general ones before the ones naming a type or urgency. */
export async function selectCategoryOverrides(db: Queryable, streetCode: string, id?: string, lock = false): Promise<StoredCategoryOverride[]> {
  const byId = id ? ' AND id = $2' : '';
  return (await db.query(
    `SELECT ${OVERRIDE_COLUMNS} FROM category_deadline_override WHERE street_code = $1${byId}
      ORDER BY category_prefix, order_type NULLS FIRST, urgency NULLS FIRST${lock ? ' FOR UPDATE' : ''}`,
    id ? [streetCode, id] : [streetCode],
  )) as StoredCategoryOverride[];
}

/** Just the rule's fields, for the calendar lib: durations reduced to { unit, amount }. */
export function categoryOverrideOf(row: CategoryDeadlineOverride): CategoryDeadlineOverride {
  const duration = (d: Duration | null) => (d ? { unit: d.unit, amount: d.amount } : null);
  const rule = { categoryPrefix: row.categoryPrefix, type: row.type ?? null, urgency: row.urgency ?? null } as CategoryDeadlineOverride;
  for (const field of OVERRIDE_DURATION_FIELDS) rule[field] = duration(row[field] ?? null);
  return rule;
}

/** md5 of every override of the street: changes whenever one is added, edited (version) or removed. */
export const OVERRIDES_FINGERPRINT_PART = `coalesce((SELECT string_agg(id::text || ':' || version::text, '|' ORDER BY id)
  FROM category_deadline_override WHERE street_code = $1), '')`;
