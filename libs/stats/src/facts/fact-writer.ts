import type { EntityManager } from 'typeorm';
import { FACT_CLOCKS, type OrderFact } from './order-fact.js';

/** Facts as `stats_order_fact` rows (snake_case keys, for json_populate_recordset). */
function rowOf(f: OrderFact): Record<string, unknown> {
  const row: Record<string, unknown> = {
    order_id: f.orderId, street_code: f.streetCode, received_at: f.receivedAt.toISOString(), received_day: f.receivedDay,
    type: f.type, channel: f.channel, category_path: f.categoryPath, community_id: f.communityId, unit_id: f.unitId,
    place: f.place, phone_hash: f.phoneHash, status: f.status, is_open: f.isOpen, overdue: f.overdue,
    overdue_clocks: f.overdueClocks, duplicate: f.duplicate, assessment: f.assessment,
    callback_day: f.callbackDay, cb_unit_id: f.cbUnitId, cb_valid: f.cbValid, cb_contacted: f.cbContacted,
    cb_solved: f.cbSolved, cb_satisfaction: f.cbSatisfaction,
    response_base: f.responseBase, contacted: f.contacted, full_base: f.fullBase, solved: f.solved,
    satisfied: f.satisfied, basically: f.basicallySatisfied,
    urges: f.urges, reworks: f.reworks, unit_returns: f.unitReturns, return_requested: f.returnRequested,
    first_review_day: f.firstReviewDay, first_review_passed: f.firstReviewPassed,
  };
  for (const c of FACT_CLOCKS) {
    const clock = f.clocks[c];
    Object.assign(row, { [`${c}_day`]: clock.day, [`${c}_late`]: clock.late, [`${c}_minutes`]: clock.minutes, [`${c}_bucket`]: clock.bucket });
  }
  row.last_day = f.lastDay;
  return row;
}

/** Writes facts in one statement per batch (replacing any earlier fact of the same order). */
export async function writeFacts(m: EntityManager, facts: readonly OrderFact[], table = 'stats_order_fact'): Promise<void> {
  for (let i = 0; i < facts.length; i += 2000) {
    const batch = facts.slice(i, i + 2000).map(rowOf);
    await m.query(
      `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::stats_order_fact, $1::json)
       ON CONFLICT (order_id) DO UPDATE SET ${Object.keys(batch[0]).filter((k) => k !== 'order_id').map((k) => `${k} = EXCLUDED.${k}`).join(', ')}`,
      [JSON.stringify(batch)],
    );
  }
}
