import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { maskFreeTextFields } from '@app/access';
import { DATA_SOURCE } from '@app/database';
import { auditDiff, type AuditChange } from './audit-diff.js';
import { auditWhere, type AuditFilter } from './audit-filter.js';

export interface AuditItem {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  /** The user's display name now; null for system actors and deleted users. */
  actorDisplayName: string | null;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  hash: string;
  /** The readable diff of before → after (changed leaf fields). */
  changes: AuditChange[];
}

const COLUMNS = `a.id, a.at, a.actor_id AS "actorId", a.actor_name AS "actorName", u.display_name AS "actorDisplayName",
  a.actor_role AS "actorRole", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.before, a.after,
  a.request_id AS "requestId", a.hash`;
const FROM = 'audit_log a LEFT JOIN app_user u ON u.id = a.actor_id';

/**
 * Reads the filtered trail of one street. New records hold no personal data in clear; records written before that
 * rule are masked as they are read, unless the caller may see personal data. The diff is computed from what is shown.
 */
@Injectable()
export class AuditTrailReader {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** How many records match, and the last of them (so a long read stays the same set while new records arrive). */
  async count(streetCode: string, filter: AuditFilter, manager: EntityManager = this.dataSource.manager): Promise<{ total: number; lastId: string | null }> {
    const { clause, params } = auditWhere(streetCode, filter);
    const [row] = (await manager.query(`SELECT count(*)::int AS total, max(a.id)::text AS "lastId" FROM ${FROM} WHERE ${clause}`, params)) as {
      total: number;
      lastId: string | null;
    }[];
    return row;
  }

  /** One page, newest first. */
  async page(streetCode: string, filter: AuditFilter, page: number, pageSize: number, reveal: boolean): Promise<AuditItem[]> {
    const { clause, params } = auditWhere(streetCode, filter);
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${clause} ORDER BY a.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    )) as Omit<AuditItem, 'changes'>[];
    return rows.map((row) => present(row, reveal));
  }

  /** Every matching record up to `lastId`, oldest first, a batch at a time (the export), always masked. */
  async *batches(streetCode: string, filter: AuditFilter, lastId: string, batchSize = 2000): AsyncGenerator<AuditItem[]> {
    const { clause, params } = auditWhere(streetCode, filter);
    let after = '0';
    for (;;) {
      const n = params.length;
      const rows = (await this.dataSource.query(
        `SELECT ${COLUMNS} FROM ${FROM} WHERE ${clause} AND a.id > $${n + 1}::bigint AND a.id <= $${n + 2}::bigint ORDER BY a.id LIMIT ${batchSize}`,
        [...params, after, lastId],
      )) as Omit<AuditItem, 'changes'>[];
      if (rows.length === 0) return;
      yield rows.map((row) => present(row, false));
      after = rows[rows.length - 1].id;
    }
  }
}

export function present(row: Omit<AuditItem, 'changes'>, reveal: boolean): AuditItem {
  const shown = reveal ? row : maskFreeTextFields(row);
  return { ...shown, changes: auditDiff(shown.before, shown.after) };
}
