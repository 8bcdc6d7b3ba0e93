import type { EntityManager } from 'typeorm';
import {
  buildGreedyRoster,
  checkRoster,
  datesOfMonth,
  rosterInputsFromReference,
  type ReferenceRosterData,
  type RosterContext,
} from '@app/roster';
import { monthOfInstant, shiftMonth } from '../beijing-minutes.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { RosterRepository } from '../persistence/roster.repository.js';

/** Demo accounts that are also people on the roster (their display names match the demo staff). */
export const DEMO_STAFF_ACCOUNTS: Record<string, string> = { supervisor: 'S01', operator: 'S07', reviewer: 'S08' };

/**
 * Demo rostering (DESIGN §13): the reference file's seat team, shift templates and default demand, and a published
 * roster for the current and the next month, so that "on duty now" works on first start. The quick rota (greedy,
 * sparing dispatchers) is used instead of the optimiser to keep the first start within seconds; it is published
 * only if the independent checker accepts it. Idempotent: skipped once the street has any roster staff.
 */
export async function seedDemoRostering(m: EntityManager, street: string, data: ReferenceRosterData, now: Date): Promise<Record<string, unknown> | null> {
  const [existing] = (await m.query('SELECT 1 FROM roster_staff WHERE street_code = $1 LIMIT 1', [street])) as unknown[];
  if (existing) return null;
  const inputs = rosterInputsFromReference(data);
  for (const template of inputs.templates) await RosterSetupRepository.upsertTemplate(m, street, template);
  const users = (await m.query('SELECT id, username FROM app_user WHERE street_code = $1', [street])) as { id: string; username: string }[];
  for (const person of inputs.staff) {
    const username = Object.keys(DEMO_STAFF_ACCOUNTS).find((name) => DEMO_STAFF_ACCOUNTS[name] === person.id);
    await RosterSetupRepository.insertStaff(m, street, person, users.find((u) => u.username === username)?.id ?? null);
    for (const leave of person.leave ?? []) await RosterSetupRepository.insertAbsence(m, street, person.id, 'leave', leave.from, leave.to, leave.kind, now);
  }
  await RosterSetupRepository.saveDemand(m, street, inputs.demand, now);

  const published: Record<string, number> = {};
  let previousAssignments: RosterContext['previousAssignments'] = [];
  for (const month of [monthOfInstant(now), shiftMonth(monthOfInstant(now), 1)]) {
    const context: RosterContext = { month, ...inputs, previousAssignments };
    const roster = buildGreedyRoster(context, { spareDispatchers: true });
    const violations = checkRoster(context, roster);
    if (violations.length) break; // never publish what the checker refuses; the supervisor generates instead
    const row = await RosterRepository.create(m, street, { month, source: 'greedy', generation: { method: 'greedy', seed: true, violations: 0 }, createdBy: null, now, status: 'published' });
    await RosterRepository.insertAssignments(m, street, row.id, roster, inputs.templates);
    await m.query('UPDATE roster SET published_at = $2 WHERE id = $1', [row.id, now]);
    published[month] = roster.length;
    const tailFrom = datesOfMonth(month).slice(-7)[0];
    previousAssignments = roster.filter((a) => a.date >= tailFrom);
  }
  return { staff: inputs.staff.length, templates: inputs.templates.length, publishedRosters: published };
}
