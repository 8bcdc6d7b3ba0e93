import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner, returnedRows } from '@app/database';
import { Rooms } from '@app/realtime';
import {
  mergeShortfalls,
  rankReplacements,
  sameAssignment,
  uncoveredHours,
  validateRosterChange,
  type HourShortfall,
  type RosterContext,
  type Roster,
} from '@app/roster';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { AssignmentBody, notifyRosterChanged, toAssignment } from './roster-lifecycle.use-case.js';
import { applyToPublished, assertActsForSelf, lockPublishedMonth } from './published-roster.js';
import { RosterContextLoader } from './roster-context.loader.js';

export const SickCallBody = AssignmentBody.extend({ note: z.string().trim().max(500).optional() });
export const CoverSickCallBody = z.object({ version: z.number().int().min(1), staffCode: z.string().trim().min(1).max(16) });

interface SickCallRow {
  id: string;
  roster_id: string;
  staff_code: string;
  duty_date: string;
  shift_code: string;
  gaps: unknown;
  candidates: unknown;
  status: 'open' | 'covered';
  replacement_code: string | null;
  reported_at: Date;
  covered_at: Date | null;
  version: number;
}

/**
 * Sick call (DESIGN §7): the shift is taken off the published roster at once and the day recorded as sick leave,
 * the hours it leaves short are named
 * ("2026-12-09 16:00–24:00 缺 1 名具备派单资质人员") and pushed to supervisors as `roster.gap`, with the people who
 * could take it without breaking any hard rule, ranked. A supervisor then assigns one of them, checked again.
 */
@Injectable()
export class SickCalls {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly contexts: RosterContextLoader,
  ) {}

  async list(actor: Actor, status?: string) {
    const rows = (await this.dataSource.query(
      `SELECT *, to_char(duty_date, 'YYYY-MM-DD') AS duty_date FROM roster_sick_call WHERE street_code = $1 AND ($2::text IS NULL OR status = $2) ORDER BY reported_at DESC LIMIT 200`,
      [actor.streetCode, status ?? null],
    )) as SickCallRow[];
    return { items: rows.map(view) };
  }

  async report(actor: Actor, input: z.infer<typeof SickCallBody>) {
    return this.tx.run(actor, async (t) => {
      const absent = toAssignment(input);
      const own = await RosterSetupRepository.staffCodeOfUser(t.manager, actor.streetCode, actor.id);
      await assertActsForSelf(t, [absent.staffId], own);
      const published = await lockPublishedMonth(t, this.contexts, absent.date);
      if (!published.assignments.some((a) => sameAssignment(a, absent))) {
        throw RosterErrors.assignmentNotFound({ staffCode: absent.staffId, date: absent.date, shiftCode: absent.shiftCode });
      }
      const candidates = rankReplacements(published.context, published.assignments, absent);
      const { row, assignments } = await applyToPublished(t, published, { remove: [absent], add: [] });
      // The person is off sick that day: recorded as leave, so no later cover, swap or regeneration puts them back.
      await RosterSetupRepository.insertAbsence(t.manager, actor.streetCode, absent.staffId, 'leave', absent.date, absent.date, '病假', t.now);
      const gaps = newGaps(published.context, published.assignments, assignments);
      const [call] = (await t.manager.query(
        `INSERT INTO roster_sick_call (street_code, roster_id, staff_code, duty_date, shift_code, gaps, candidates, status, reported_by, reported_at)
         VALUES ($1, $2, $3, $4::date, $5, $6::jsonb, $7::jsonb, 'open', $8, $9) RETURNING *, to_char(duty_date, 'YYYY-MM-DD') AS duty_date`,
        [actor.streetCode, row.id, absent.staffId, absent.date, absent.shiftCode, JSON.stringify(gaps), JSON.stringify(candidates), actor.id, t.now],
      )) as SickCallRow[];
      t.audit({
        action: 'roster.sick_call', entityType: 'roster_sick_call', entityId: call.id,
        before: { assignment: absent }, after: { rosterId: row.id, rosterVersion: row.version, gaps: gaps.map((g) => g.message), candidates: candidates.length, note: input.note ?? null },
      });
      for (const gap of gaps) {
        t.emit('roster.gap', [Rooms.role('supervisor')], { date: gap.date, from: clock(gap.fromHour), to: clock(gap.toHour), missing: gap.message });
      }
      return view(call);
    });
  }

  async cover(actor: Actor, id: string, body: z.infer<typeof CoverSickCallBody>) {
    return this.tx.run(actor, async (t) => {
      const [call] = /^[0-9a-f-]{36}$/i.test(id)
        ? ((await t.manager.query(
            `SELECT *, to_char(duty_date, 'YYYY-MM-DD') AS duty_date FROM roster_sick_call WHERE street_code = $1 AND id = $2 FOR UPDATE`,
            [actor.streetCode, id],
          )) as SickCallRow[])
        : [];
      if (!call) throw RosterErrors.requestNotFound(id);
      if (call.version !== body.version) throw RosterErrors.versionConflict('roster_sick_call', id, body.version, call.version);
      if (call.status !== 'open') throw RosterErrors.requestNotPending(id, call.status);
      const published = await lockPublishedMonth(t, this.contexts, call.duty_date);
      const change = { remove: [], add: [{ staffId: body.staffCode, date: call.duty_date, shiftCode: call.shift_code }] };
      const verdict = validateRosterChange(published.context, published.assignments, change);
      if (!verdict.accepted) throw RosterErrors.breaksRules(verdict.introduced, '顶班');
      const { row } = await applyToPublished(t, published, change);
      const result = await t.manager.query(
        `UPDATE roster_sick_call SET status = 'covered', replacement_code = $2, covered_at = $3, version = version + 1 WHERE id = $1
         RETURNING *, to_char(duty_date, 'YYYY-MM-DD') AS duty_date`,
        [id, body.staffCode, t.now],
      );
      t.audit({ action: 'roster.sick_call.cover', entityType: 'roster_sick_call', entityId: id, before: { status: 'open' }, after: { status: 'covered', replacement: body.staffCode, rosterVersion: row.version } });
      await notifyRosterChanged(t, actor.streetCode, row, [body.staffCode]);
      return view(returnedRows<SickCallRow>(result)[0]);
    });
  }
}

/** Hours short after the change that were not short before (or are shorter now), merged into ranges. */
function newGaps(context: RosterContext, before: Roster, after: Roster) {
  const key = (s: HourShortfall) => `${s.kind}|${s.date}|${s.hour}`;
  const previous = new Map(uncoveredHours(context, before).map((s) => [key(s), s.missing]));
  const worse = uncoveredHours(context, after)
    .map((s) => ({ ...s, missing: s.missing - (previous.get(key(s)) ?? 0) }))
    .filter((s) => s.missing > 0);
  return mergeShortfalls(worse);
}

function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function view(row: SickCallRow) {
  return {
    id: row.id,
    rosterId: row.roster_id,
    staffCode: row.staff_code,
    date: row.duty_date,
    shiftCode: row.shift_code,
    gaps: row.gaps,
    candidates: row.candidates,
    status: row.status,
    statusLabel: row.status === 'open' ? '待顶班' : '已顶班',
    replacementCode: row.replacement_code,
    reportedAt: row.reported_at,
    coveredAt: row.covered_at,
    version: row.version,
  };
}
