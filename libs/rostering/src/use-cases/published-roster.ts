import type { Tx } from '@app/database';
import { applyRosterChange, type Assignment, type RosterChange } from '@app/roster';
import { RosterErrors } from '../rostering.errors.js';
import { RosterRepository, type RosterRow } from '../persistence/roster.repository.js';
import type { LoadedRosterContext, RosterContextLoader } from './roster-context.loader.js';

export interface PublishedMonth {
  row: RosterRow;
  context: LoadedRosterContext;
  assignments: Assignment[];
}

/** The published roster of the month a date falls in, locked for the transaction, with its context. */
export async function lockPublishedMonth(t: Tx, contexts: RosterContextLoader, date: string): Promise<PublishedMonth> {
  const month = date.slice(0, 7);
  const row = await RosterRepository.published(t.manager, t.actor.streetCode, month, true);
  if (!row) throw RosterErrors.noPublishedRoster(month);
  const context = await contexts.load(t.manager, t.actor.streetCode, month);
  return { row, context, assignments: await RosterRepository.assignments(t.manager, row.id) };
}

/** Writes an accepted change to the published roster and bumps its version. */
export async function applyToPublished(t: Tx, published: PublishedMonth, change: RosterChange): Promise<{ row: RosterRow; assignments: Assignment[] }> {
  await RosterRepository.removeAssignments(t.manager, published.row.id, change.remove);
  await RosterRepository.insertAssignments(t.manager, t.actor.streetCode, published.row.id, change.add, published.context.templates);
  const row = await RosterRepository.touch(t.manager, published.row.id, published.row.version, t.now);
  if (!row) throw RosterErrors.versionConflict('roster', published.row.id, published.row.version, published.row.version + 1);
  return { row, assignments: applyRosterChange(published.assignments, change) };
}

/** Operators and reviewers act for themselves; supervisors for anyone (DESIGN §1). */
export async function assertActsForSelf(t: Tx, staffCodes: readonly string[], ownCode: string | null): Promise<void> {
  if (t.actor.role === 'supervisor') return;
  if (!ownCode) throw RosterErrors.notLinkedToStaff();
  if (!staffCodes.includes(ownCode)) throw RosterErrors.notYourShift();
}
