import type { EntityManager } from 'typeorm';
import { ROLE_LABELS, type Role } from '@app/access';
import {
  buildGreedyRoster,
  checkRoster,
  datesOfMonth,
  rosterInputsFromReference,
  type Assignment,
  type ReferenceRosterData,
  type RosterContext,
  type ShiftTemplate,
  type StaffMember,
} from '@app/roster';
import { monthOfInstant, shiftMonth } from '../beijing-minutes.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { RosterRepository } from '../persistence/roster.repository.js';
import { pickDemoDispatcher } from './demo-dispatcher.js';

/**
 * The people the demo supervisor and reviewer play on the roster. The demo operator plays a dispatcher who is on
 * duty when the demo is seeded (see `demoAccountLinks`); each account's display name follows its person.
 */
export const DEMO_STAFF_ACCOUNTS = { supervisor: 'S01', reviewer: 'S08' } as const;

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
  for (const person of inputs.staff) {
    await RosterSetupRepository.insertStaff(m, street, person, null);
    for (const leave of person.leave ?? []) await RosterSetupRepository.insertAbsence(m, street, person.id, 'leave', leave.from, leave.to, leave.kind, now);
  }
  await RosterSetupRepository.saveDemand(m, street, inputs.demand, now);

  const published: Record<string, number> = {};
  let previousAssignments: RosterContext['previousAssignments'] = [];
  let current: Assignment[] = [];
  for (const month of [monthOfInstant(now), shiftMonth(monthOfInstant(now), 1)]) {
    const context: RosterContext = { month, ...inputs, previousAssignments };
    const roster = buildGreedyRoster(context, { spareDispatchers: true });
    const violations = checkRoster(context, roster);
    if (violations.length) break; // never publish what the checker refuses; the supervisor generates instead
    const row = await RosterRepository.create(m, street, { month, source: 'greedy', generation: { method: 'greedy', seed: true, violations: 0 }, createdBy: null, now, status: 'published' });
    await RosterRepository.insertAssignments(m, street, row.id, roster, inputs.templates);
    await m.query('UPDATE roster SET published_at = $2 WHERE id = $1', [row.id, now]);
    published[month] = roster.length;
    if (month === monthOfInstant(now)) current = roster;
    const tailFrom = datesOfMonth(month).slice(-7)[0];
    previousAssignments = roster.filter((a) => a.date >= tailFrom);
  }
  const accounts = demoAccountLinks(inputs.staff, inputs.templates, current, now);
  await linkDemoAccounts(m, street, inputs.staff, accounts);
  return { staff: inputs.staff.length, templates: inputs.templates.length, publishedRosters: published, accounts };
}

/**
 * Which person each demo account plays. The operator: a dispatcher on a published shift now, so that the demo shows
 * the roster-driven dispatch right on first start (and later sees it follow that person's shifts). The supervisor:
 * S01, unless S01 is the only dispatcher on duty now and the operator plays them; then the first other dispatcher.
 */
function demoAccountLinks(staff: readonly StaffMember[], templates: readonly ShiftTemplate[], roster: readonly Assignment[], now: Date): Record<string, string> {
  const { supervisor, reviewer } = DEMO_STAFF_ACCOUNTS;
  const operator = pickDemoDispatcher(staff, templates, roster, now, { taken: [reviewer], preferNot: [supervisor] })?.id;
  const supervisorPerson = operator === supervisor ? pickDemoDispatcher(staff, templates, [], now, { taken: [reviewer, supervisor] })?.id : supervisor;
  const links: Record<string, string | undefined> = { supervisor: supervisorPerson, operator, reviewer };
  return Object.fromEntries(Object.entries(links).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Links each demo account to its person and names it after them ("坐席员 李建华"); accounts that do not exist are skipped. */
async function linkDemoAccounts(m: EntityManager, street: string, staff: readonly StaffMember[], links: Record<string, string>): Promise<void> {
  const users = (await m.query('SELECT id, username, role FROM app_user WHERE street_code = $1', [street])) as { id: string; username: string; role: Role }[];
  for (const [username, staffCode] of Object.entries(links)) {
    const user = users.find((u) => u.username === username);
    const person = staff.find((p) => p.id === staffCode);
    if (!user || !person) continue;
    await m.query('UPDATE roster_staff SET user_id = $3 WHERE street_code = $1 AND code = $2', [street, staffCode, user.id]);
    await m.query('UPDATE app_user SET display_name = $2 WHERE id = $1', [user.id, `${ROLE_LABELS[user.role]} ${person.name}`]);
  }
}
