import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner, type Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import { checkRoster, validateRosterChange } from '@app/roster';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { RosterRepository, type RosterRow } from '../persistence/roster.repository.js';
import { RosterContextLoader } from './roster-context.loader.js';
import { rosterDetail, rosterSummary } from './roster-views.js';

export const AssignmentBody = z.object({
  staffCode: z.string().trim().min(1).max(16),
  date: z.iso.date('日期格式应为 YYYY-MM-DD'),
  shiftCode: z.string().trim().min(1).max(16),
});
export type AssignmentInput = z.infer<typeof AssignmentBody>;
export const toAssignment = (a: AssignmentInput) => ({ staffId: a.staffCode, date: a.date, shiftCode: a.shiftCode });

export const EditRosterBody = z.object({
  version: z.number().int().min(1),
  add: z.array(AssignmentBody).max(500).default([]),
  remove: z.array(AssignmentBody).max(500).default([]),
});
export const VersionBody = z.object({ version: z.number().int().min(1) });

/** Reading, checking, editing (drafts only), copying and publishing monthly rosters. */
@Injectable()
export class RosterLifecycle {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly contexts: RosterContextLoader,
  ) {}

  async list(actor: Actor, month?: string) {
    return { items: (await RosterRepository.list(this.dataSource.manager, actor.streetCode, month)).map(rosterSummary) };
  }

  async detail(actor: Actor, id: string) {
    return this.readWith(this.dataSource.manager, actor.streetCode, id);
  }

  /** The checker's verdict alone: `{ valid, violations }`. */
  async check(actor: Actor, id: string) {
    const { violations } = await this.readWith(this.dataSource.manager, actor.streetCode, id);
    return { rosterId: id, valid: violations.length === 0, violations };
  }

  /** Hand edits of a draft; the draft may break rules while being edited, publishing may not. */
  async edit(actor: Actor, id: string, body: z.infer<typeof EditRosterBody>) {
    return this.tx.run(actor, async (t) => {
      const row = await this.lockDraft(t, id, body.version);
      const context = await this.contexts.load(t.manager, actor.streetCode, row.month);
      const current = await RosterRepository.assignments(t.manager, id);
      const change = { remove: body.remove.map(toAssignment), add: body.add.map(toAssignment) };
      const verdict = validateRosterChange(context, current, change);
      const missing = verdict.introduced.filter((v) => v.rule === 'invalid_assignment' && String(v.message).startsWith('原排班不存在'));
      if (missing.length) throw RosterErrors.breaksRules(missing, '修改');
      await RosterRepository.removeAssignments(t.manager, id, change.remove);
      await RosterRepository.insertAssignments(t.manager, actor.streetCode, id, change.add, context.templates);
      const updated = (await RosterRepository.touch(t.manager, id, body.version, t.now))!;
      t.audit({ action: 'roster.edit', entityType: 'roster', entityId: id, before: { version: row.version }, after: { version: updated.version, ...change, introduced: verdict.introduced.length } });
      return { ...rosterDetail(updated, verdict.roster, context), introduced: verdict.introduced, resolved: verdict.resolved };
    });
  }

  /** A new draft revision from any roster (typically the published one) to revise a month by hand. */
  async copy(actor: Actor, id: string) {
    return this.tx.run(actor, async (t) => {
      // The source's row lock queues concurrent copies of it; the check then finds the draft the first one made, so
      // a double click or a retry yields one draft and 409s, never several drafts of the same base.
      const source = await RosterRepository.find(t.manager, actor.streetCode, id, true);
      if (!source) throw RosterErrors.rosterNotFound(id);
      const existing = await RosterRepository.draftCopyOf(t.manager, actor.streetCode, id);
      if (existing) throw RosterErrors.copyExists(id, existing.id, existing.revision);
      const context = await this.contexts.load(t.manager, actor.streetCode, source.month);
      const assignments = await RosterRepository.assignments(t.manager, id);
      const row = await RosterRepository.create(t.manager, actor.streetCode, { month: source.month, source: 'copy', generation: { copiedFrom: id, revision: source.revision }, createdBy: actor.id, now: t.now });
      await RosterRepository.insertAssignments(t.manager, actor.streetCode, row.id, assignments, context.templates);
      t.audit({ action: 'roster.copy', entityType: 'roster', entityId: row.id, after: { month: row.month, revision: row.revision, from: id } });
      return rosterDetail(row, assignments, context);
    });
  }

  /**
   * Publishing is refused while the checker finds any violation. The month's previous published roster is
   * superseded, and every person on the roster is told in realtime.
   */
  async publish(actor: Actor, id: string, version: number) {
    return this.tx.run(actor, async (t) => {
      const row = await this.lockDraft(t, id, version);
      const context = await this.contexts.load(t.manager, actor.streetCode, row.month);
      const assignments = await RosterRepository.assignments(t.manager, id);
      const violations = checkRoster(context, assignments);
      if (violations.length) throw RosterErrors.hasViolations(violations);
      const previous = await RosterRepository.published(t.manager, actor.streetCode, row.month, true);
      if (previous) await RosterRepository.touch(t.manager, previous.id, previous.version, t.now, { status: 'superseded' });
      const published = (await RosterRepository.touch(t.manager, id, version, t.now, { status: 'published', publishedBy: actor.id }))!;
      t.audit({
        action: 'roster.publish', entityType: 'roster', entityId: id,
        before: { status: row.status, supersedes: previous?.id ?? null }, after: { status: 'published', month: row.month, revision: row.revision, assignments: assignments.length },
      });
      await notifyRosterChanged(t, actor.streetCode, published, [...new Set(assignments.map((a) => a.staffId))], [Rooms.role('supervisor')]);
      return rosterDetail(published, assignments, context);
    });
  }

  private async readWith(m: EntityManager, street: string, id: string) {
    const row = await RosterRepository.find(m, street, id);
    if (!row) throw RosterErrors.rosterNotFound(id);
    const context = await this.contexts.load(m, street, row.month);
    return rosterDetail(row, await RosterRepository.assignments(m, id), context);
  }

  private async lockDraft(t: Tx, id: string, version: number): Promise<RosterRow> {
    const row = await RosterRepository.find(t.manager, t.actor.streetCode, id, true);
    if (!row) throw RosterErrors.rosterNotFound(id);
    if (row.version !== version) throw RosterErrors.versionConflict('roster', id, version, row.version);
    if (row.status !== 'draft') throw RosterErrors.notDraft(id, row.status);
    return row;
  }
}

/** `roster.published` to each named person's own room (and any extra rooms), after commit. */
export async function notifyRosterChanged(t: Tx, street: string, row: RosterRow, staffCodes: readonly string[], extraRooms: string[] = []): Promise<void> {
  const userIds = await RosterSetupRepository.userIdsOf(t.manager, street, staffCodes);
  const rooms = [...userIds.map(Rooms.user), ...extraRooms];
  if (rooms.length) t.emit('roster.published', rooms, { rosterId: row.id, month: row.month, version: row.version });
}
