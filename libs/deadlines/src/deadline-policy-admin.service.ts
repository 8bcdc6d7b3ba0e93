import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import type { DeadlinePolicyRow } from '@app/calendar';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { policyRowOf, selectPolicyRows, upsertPolicyRows, type Queryable } from './calendar.queries.js';
import { CalendarService } from './calendar.service.js';

export interface DeadlinePolicyView {
  /** One row per (type × urgency), in the order of the code's lists; PUT takes them back as they are. */
  rows: DeadlinePolicyRow[];
  /** The last change to any row (the seeding counts), and who made it (null: the system). */
  updatedAt: Date | null;
  updatedBy: { id: string; displayName: string } | null;
}

/** The admin's deadline policy table (DESIGN §4): read it whole, replace it whole. */
@Injectable()
export class DeadlinePolicyAdminService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly calendars: CalendarService,
  ) {}

  async view(streetCode: string, db: Queryable = this.dataSource): Promise<DeadlinePolicyView> {
    const rows = (await selectPolicyRows(db, streetCode)).map(policyRowOf);
    // A person's latest change answers "last changed by", not the seeding (which may run later, at a restart).
    const [last] = (await db.query(
      `SELECT p.updated_at AS "updatedAt", u.id, u.display_name AS "displayName"
         FROM deadline_policy p LEFT JOIN app_user u ON u.id = p.updated_by
        WHERE p.street_code = $1
        ORDER BY p.updated_by IS NULL, p.updated_at DESC LIMIT 1`,
      [streetCode],
    )) as { updatedAt: Date; id: string | null; displayName: string | null }[];
    return {
      rows,
      updatedAt: last?.updatedAt ?? null,
      updatedBy: last?.id ? { id: last.id, displayName: last.displayName ?? '' } : null,
    };
  }

  /**
   * Saves a whole, validated table (`deadlinePolicyFieldErrors` found nothing) atomically. Only rows whose durations
   * changed get a new updated_at/updated_by; the audit record carries the table before and after.
   */
  async replace(actor: Actor, rows: DeadlinePolicyRow[]): Promise<DeadlinePolicyView> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      // Serialises two admins saving at once, so each audit record's "before" is the table the other one left.
      await t.manager.query(`SELECT pg_advisory_xact_lock(hashtext('deadline-policy:' || $1))`, [street]);
      const before = (await selectPolicyRows(t.manager, street)).map(policyRowOf);
      const changed = await upsertPolicyRows(t.manager, street, rows, t.now, actor.id, 'update');
      // A validated table holds every pair the code knows; a stored pair outside it belongs to a removed order type.
      await t.manager.query(
        `DELETE FROM deadline_policy d WHERE d.street_code = $1 AND NOT EXISTS (
           SELECT 1 FROM unnest($2::text[], $3::text[]) AS k(type, urgency) WHERE k.type = d.type AND k.urgency = d.urgency)`,
        [street, rows.map((row) => row.type), rows.map((row) => row.urgency)],
      );
      const view = await this.view(street, t.manager);
      t.audit({
        action: 'deadline_policy.replace',
        entityType: 'deadline_policy',
        entityId: street,
        before: { rows: before },
        after: { rows: view.rows, changedRows: changed },
      });
      t.afterCommit(() => this.calendars.changed(street));
      return view;
    });
  }
}
