import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError, ValidationError } from '@app/errors';
import { ReferenceClassifierHook } from './classifier-hook.js';
import type { CreateUnitInput, UpdateUnitInput } from './reference-admin.schemas.js';
import { rulesNamingUnit, type RuleNamingUnit } from './rules-naming-unit.js';

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  communityId: string | null;
  communityName: string | null;
  contact: string | null;
  active: boolean;
}

/** The list adds how many routing rules name the unit, so the panel can warn before stopping it. */
export type UnitListRow = UnitRow & { routingRuleCount: number };

type Db = Pick<EntityManager, 'query'>;

const SELECT_UNITS = `
  SELECT u.id, u.code, u.name, u.kind, u.community_id AS "communityId", c.name AS "communityName", u.contact, u.active
    FROM unit u LEFT JOIN community c ON c.id = u.community_id
   WHERE u.street_code = $1`;

/**
 * 系统管理 → 承办单位: the street's handling units. Orders and users refer to units, so a unit is deactivated,
 * never deleted. Every write is audited with before/after and drops the street's cached classifier.
 */
@Injectable()
export class UnitsAdminService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly classifier: ReferenceClassifierHook,
  ) {}

  async list(streetCode: string): Promise<{ items: UnitListRow[]; total: number }> {
    const items = (await this.db.query(
      `SELECT l.*, (SELECT count(*)::int FROM routing_rule r WHERE r.street_code = $1 AND (r.unit_code = l.code OR l.code = ANY(r.co_unit_codes)))
              AS "routingRuleCount"
         FROM (${SELECT_UNITS}) l ORDER BY l.kind, l.code`,
      [streetCode],
    )) as UnitListRow[];
    return { items, total: items.length };
  }

  async create(actor: Actor, input: CreateUnitInput): Promise<UnitRow> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      await checkCommunity(t.manager, street, input.kind, input.communityId ?? null);
      if ((await t.manager.query('SELECT 1 FROM unit WHERE street_code = $1 AND code = $2', [street, input.code])).length) {
        throw new ConflictError('UNIT_CODE_TAKEN', `单位编码“${input.code}”已被使用`, { field: 'code' });
      }
      const [{ id }] = (await t.manager.query(
        `INSERT INTO unit (street_code, code, name, kind, community_id, contact) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [street, input.code, input.name, input.kind, input.communityId ?? null, input.contact ?? null],
      )) as { id: string }[];
      const after = (await unitById(t.manager, street, id))!;
      t.audit({ action: 'reference.unit.create', entityType: 'unit', entityId: id, before: null, after });
      t.afterCommit(() => this.classifier.invalidate(street));
      return after;
    });
  }

  /**
   * Stopping a unit that routing rules still name is refused (409 with the rules) unless `force`: those rules stop
   * deciding (their categories fall to broader rules, or get no suggestion) and a stopped co-unit silently drops out,
   * so the admin should see which rules to fix before that happens rather than find out from operators. The panel lists the rules in a
   * confirm and resends with `force`; the answer then still names them (`routingRulesNaming`) as the to-do list.
   */
  async update(actor: Actor, id: string, input: UpdateUnitInput): Promise<UnitRow & { routingRulesNaming: RuleNamingUnit[] }> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const before = await unitById(t.manager, street, id, true);
      if (!before) throw new NotFoundError('UNIT_NOT_FOUND', '承办单位不存在');
      const stopping = before.active && input.active === false;
      const routingRulesNaming = stopping ? await rulesNamingUnit(t.manager, street, before.code) : [];
      if (routingRulesNaming.length && !input.force) {
        throw new ConflictError(
          'UNIT_NAMED_BY_ROUTING_RULES',
          `仍有 ${routingRulesNaming.length} 条派单规则指定“${before.name}”，停用后这些规则不再生效；请先修改规则，或确认后仍然停用`,
          { rules: routingRulesNaming },
        );
      }
      const kind = input.kind ?? before.kind;
      const communityId = input.communityId !== undefined ? input.communityId : before.communityId;
      await checkCommunity(t.manager, street, kind, communityId);
      await t.manager.query(
        `UPDATE unit SET name = $3, kind = $4, community_id = $5, contact = $6, active = $7 WHERE id = $1 AND street_code = $2`,
        [id, street, input.name ?? before.name, kind, communityId, input.contact !== undefined ? input.contact : before.contact, input.active ?? before.active],
      );
      const after = (await unitById(t.manager, street, id))!;
      t.audit({ action: 'reference.unit.update', entityType: 'unit', entityId: id, before, after });
      t.afterCommit(() => this.classifier.invalidate(street));
      return { ...after, routingRulesNaming };
    });
  }
}

async function unitById(m: Db, street: string, id: string, lock = false): Promise<UnitRow | undefined> {
  const [row] = (await m.query(`${SELECT_UNITS} AND u.id = $2${lock ? ' FOR UPDATE OF u' : ''}`, [street, id])) as UnitRow[];
  return row;
}

/** A residents' committee belongs to a community of the same street; other kinds may name one too. */
async function checkCommunity(m: Db, street: string, kind: string, communityId: string | null): Promise<void> {
  if (kind === 'community' && !communityId) {
    throw new ValidationError([{ field: 'communityId', message: '社区居委会须指定所属社区' }]);
  }
  if (communityId && !(await m.query('SELECT 1 FROM community WHERE id = $1 AND street_code = $2', [communityId, street])).length) {
    throw new ValidationError([{ field: 'communityId', message: '所属社区不存在' }]);
  }
}
