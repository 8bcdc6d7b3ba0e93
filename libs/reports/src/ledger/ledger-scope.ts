import type { SessionActor } from '@app/auth';

/**
 * What one ledger covers, as the statistics layer resolved it: the street, the period's instants [from, to) (the
 * assessment month cut by the street's period mode, or a range of days), and — for a unit's own ledger — the unit
 * the statistics credit an order to (its lead unit, or the last one it had), so the detail lists exactly the orders
 * the summary sheets count.
 */
export interface LedgerScope {
  streetCode: string;
  from: Date;
  to: Date;
  unitId: string | null;
  /** When the run started: running clocks and attendance are judged at this moment. */
  now: Date;
}

export function scopeOf(actor: SessionActor, period: { from: string; to: string }, now: Date): LedgerScope {
  return {
    streetCode: actor.streetCode,
    from: new Date(period.from),
    to: new Date(period.to),
    unitId: actor.role === 'unit' ? (actor.unitId ?? '00000000-0000-0000-0000-000000000000') : null,
    now,
  };
}

/** The unit an order counts under in the statistics (`order-fact-source.ts`): lead unit now, or the last it had. */
export const CREDITED_UNIT_SQL = 'coalesce(o.lead_unit_id, o.former_unit_ids[cardinality(o.former_unit_ids)])';
