import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner, returnedRows, type Tx } from '@app/database';
import { Rooms } from '@app/realtime';
import { sameAssignment, validateRosterChange, type Assignment, type RosterChange } from '@app/roster';
import { RosterErrors } from '../rostering.errors.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';
import { AssignmentBody, notifyRosterChanged, toAssignment } from './roster-lifecycle.use-case.js';
import { applyToPublished, assertActsForSelf, lockPublishedMonth } from './published-roster.js';
import { RosterContextLoader } from './roster-context.loader.js';

export const SwapRequestBody = z.discriminatedUnion('kind', [
  /** Two people exchange duties: first.staffCode takes `second` and second.staffCode takes `first`. */
  z.object({ kind: z.literal('swap'), first: AssignmentBody, second: AssignmentBody, reason: z.string().trim().max(500).optional() }),
  /** Someone else takes the shift (代班). */
  z.object({ kind: z.literal('cover'), assignment: AssignmentBody, replacementStaffCode: z.string().trim().min(1).max(16), reason: z.string().trim().max(500).optional() }),
]);
export type SwapRequestInput = z.infer<typeof SwapRequestBody>;
export const DecideBody = z.object({ version: z.number().int().min(1), note: z.string().trim().max(500).optional() });

interface SwapRow {
  id: string;
  roster_id: string;
  kind: 'swap' | 'cover';
  remove_assignments: Assignment[];
  add_assignments: Assignment[];
  reason: string | null;
  status: 'pending' | 'approved' | 'rejected';
  requested_by: string | null;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  version: number;
}

/**
 * Swap and cover requests (DESIGN §7): judged by the checker when asked, judged again when a supervisor approves
 * (the roster may have changed in between), and refused with the rule and the person the change would hurt.
 */
@Injectable()
export class SwapRequests {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly contexts: RosterContextLoader,
  ) {}

  async list(actor: Actor, status?: string) {
    const rows = (await this.dataSource.query(
      `SELECT * FROM roster_swap_request WHERE street_code = $1 AND ($2::text IS NULL OR status = $2) ORDER BY requested_at DESC LIMIT 200`,
      [actor.streetCode, status ?? null],
    )) as SwapRow[];
    return { items: rows.map(view) };
  }

  async request(actor: Actor, input: SwapRequestInput) {
    return this.tx.run(actor, async (t) => {
      const change = changeOf(input);
      const date = change.remove[0].date;
      const own = await RosterSetupRepository.staffCodeOfUser(t.manager, actor.streetCode, actor.id);
      await assertActsForSelf(t, [...change.remove, ...change.add].map((a) => a.staffId), own);
      const published = await lockPublishedMonth(t, this.contexts, date);
      for (const removed of change.remove) {
        if (!published.assignments.some((a) => sameAssignment(a, removed))) {
          throw RosterErrors.assignmentNotFound({ staffCode: removed.staffId, date: removed.date, shiftCode: removed.shiftCode });
        }
      }
      const verdict = validateRosterChange(published.context, published.assignments, change);
      if (!verdict.accepted) throw RosterErrors.breaksRules(verdict.introduced, input.kind === 'swap' ? '换班' : '代班');
      const [row] = (await t.manager.query(
        `INSERT INTO roster_swap_request (street_code, roster_id, kind, remove_assignments, add_assignments, reason, status, requested_by, requested_at)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, 'pending', $7, $8) RETURNING *`,
        [actor.streetCode, published.row.id, input.kind, JSON.stringify(change.remove), JSON.stringify(change.add), input.reason ?? null, actor.id, t.now],
      )) as SwapRow[];
      t.audit({ action: 'roster.swap.request', entityType: 'roster_swap_request', entityId: row.id, after: { kind: input.kind, ...change, rosterId: published.row.id } });
      return view(row);
    });
  }

  async approve(actor: Actor, id: string, body: z.infer<typeof DecideBody>) {
    return this.tx.run(actor, async (t) => {
      const request = await this.lockPending(t, id, body.version);
      const change: RosterChange = { remove: request.remove_assignments, add: request.add_assignments };
      const published = await lockPublishedMonth(t, this.contexts, change.remove[0].date);
      const verdict = validateRosterChange(published.context, published.assignments, change);
      if (!verdict.accepted) throw RosterErrors.breaksRules(verdict.introduced, request.kind === 'swap' ? '换班' : '代班');
      const { row } = await applyToPublished(t, published, change);
      const decided = await this.decide(t, id, 'approved', body.note);
      t.audit({ action: 'roster.swap.approve', entityType: 'roster_swap_request', entityId: id, before: { status: 'pending' }, after: { status: 'approved', rosterId: row.id, rosterVersion: row.version, ...change } });
      await notifyRosterChanged(t, actor.streetCode, row, [...new Set([...change.remove, ...change.add].map((a) => a.staffId))], [Rooms.role('supervisor')]);
      return decided;
    });
  }

  async reject(actor: Actor, id: string, body: z.infer<typeof DecideBody>) {
    return this.tx.run(actor, async (t) => {
      await this.lockPending(t, id, body.version);
      const decided = await this.decide(t, id, 'rejected', body.note);
      t.audit({ action: 'roster.swap.reject', entityType: 'roster_swap_request', entityId: id, before: { status: 'pending' }, after: { status: 'rejected', note: body.note ?? null } });
      return decided;
    });
  }

  private async lockPending(t: Tx, id: string, version: number): Promise<SwapRow> {
    const [row] = /^[0-9a-f-]{36}$/i.test(id)
      ? ((await t.manager.query('SELECT * FROM roster_swap_request WHERE street_code = $1 AND id = $2 FOR UPDATE', [t.actor.streetCode, id])) as SwapRow[])
      : [];
    if (!row) throw RosterErrors.requestNotFound(id);
    if (row.version !== version) throw RosterErrors.versionConflict('roster_swap_request', id, version, row.version);
    if (row.status !== 'pending') throw RosterErrors.requestNotPending(id, row.status);
    return row;
  }

  private async decide(t: Tx, id: string, status: 'approved' | 'rejected', note?: string) {
    const result = await t.manager.query(
      `UPDATE roster_swap_request SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5, version = version + 1 WHERE id = $1 RETURNING *`,
      [id, status, t.actor.id, t.now, note ?? null],
    );
    return view(returnedRows<SwapRow>(result)[0]);
  }
}

function changeOf(input: SwapRequestInput): RosterChange {
  if (input.kind === 'swap') {
    const first = toAssignment(input.first);
    const second = toAssignment(input.second);
    return {
      remove: [first, second],
      add: [
        { staffId: first.staffId, date: second.date, shiftCode: second.shiftCode },
        { staffId: second.staffId, date: first.date, shiftCode: first.shiftCode },
      ],
    };
  }
  const assignment = toAssignment(input.assignment);
  return { remove: [assignment], add: [{ ...assignment, staffId: input.replacementStaffCode }] };
}

const STATUS_LABELS = { pending: '待审批', approved: '已批准', rejected: '已驳回' } as const;

function view(row: SwapRow) {
  return {
    id: row.id,
    rosterId: row.roster_id,
    kind: row.kind,
    remove: row.remove_assignments,
    add: row.add_assignments,
    reason: row.reason,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    note: row.decision_note,
    version: row.version,
  };
}
