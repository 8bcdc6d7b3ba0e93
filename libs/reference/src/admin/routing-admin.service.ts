import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '@app/errors';
import { ReferenceClassifierHook, type RoutingTrialResult } from './classifier-hook.js';
import type { CreateRoutingRuleInput, RoutingTrialBodyInput, UpdateRoutingRuleInput } from './reference-admin.schemas.js';

export interface RoutingRuleRow {
  id: string;
  categoryPrefix: string;
  unitCode: string;
  coUnitCodes: string[];
  /** null: every community of the street. */
  communityId: string | null;
  communityName: string | null;
  priority: number;
}

type RuleFields = Omit<RoutingRuleRow, 'id' | 'communityName'>;

type Db = Pick<EntityManager, 'query'>;

const SELECT_RULES = `
  SELECT r.id, r.category_prefix AS "categoryPrefix", r.unit_code AS "unitCode", r.co_unit_codes AS "coUnitCodes",
         r.community_id AS "communityId", c.name AS "communityName", r.priority
    FROM routing_rule r LEFT JOIN community c ON c.id = r.community_id
   WHERE r.street_code = $1`;

/**
 * 系统管理 → 派单规则: category prefix × community (or all) → lead unit (or the order's community), with co-handling
 * units and a priority (which rule wins: libs/intake routing.ts). Orders do
 * not refer to rules, so a rule may be deleted. Every write is audited and drops the street's cached classifier, so
 * the next intake suggests by the new rules.
 */
@Injectable()
export class RoutingAdminService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly classifier: ReferenceClassifierHook,
  ) {}

  async list(streetCode: string): Promise<{ items: RoutingRuleRow[]; total: number }> {
    const items = (await this.db.query(`${SELECT_RULES} ORDER BY r.category_prefix, c.name NULLS FIRST, r.priority DESC`, [streetCode])) as RoutingRuleRow[];
    return { items, total: items.length };
  }

  async create(actor: Actor, input: CreateRoutingRuleInput): Promise<RoutingRuleRow> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const rule: RuleFields = {
        categoryPrefix: input.categoryPrefix, unitCode: input.unitCode, coUnitCodes: input.coUnitCodes ?? [],
        communityId: input.communityId ?? null, priority: input.priority ?? 0,
      };
      await checkRule(t.manager, street, rule, null, true);
      const [{ id }] = (await t.manager.query(
        `INSERT INTO routing_rule (street_code, category_prefix, unit_code, co_unit_codes, community_id, priority)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [street, rule.categoryPrefix, rule.unitCode, rule.coUnitCodes, rule.communityId, rule.priority],
      )) as { id: string }[];
      const after = (await ruleById(t.manager, street, id))!;
      t.audit({ action: 'reference.routing_rule.create', entityType: 'routing_rule', entityId: id, before: null, after });
      t.afterCommit(() => this.classifier.invalidate(street));
      return after;
    });
  }

  async update(actor: Actor, id: string, input: UpdateRoutingRuleInput): Promise<RoutingRuleRow> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const before = await existingRule(t.manager, street, id);
      const rule: RuleFields = {
        categoryPrefix: input.categoryPrefix ?? before.categoryPrefix,
        unitCode: input.unitCode ?? before.unitCode,
        coUnitCodes: input.coUnitCodes ?? before.coUnitCodes,
        communityId: input.communityId !== undefined ? input.communityId : before.communityId,
        priority: input.priority ?? before.priority,
      };
      // A rule kept on a community stopped since may still be edited (its priority, say); moving it needs an active one.
      await checkRule(t.manager, street, rule, id, rule.communityId !== before.communityId);
      await t.manager.query(
        `UPDATE routing_rule SET category_prefix = $3, unit_code = $4, co_unit_codes = $5, community_id = $6, priority = $7
          WHERE id = $1 AND street_code = $2`,
        [id, street, rule.categoryPrefix, rule.unitCode, rule.coUnitCodes, rule.communityId, rule.priority],
      );
      const after = (await ruleById(t.manager, street, id))!;
      t.audit({ action: 'reference.routing_rule.update', entityType: 'routing_rule', entityId: id, before, after });
      t.afterCommit(() => this.classifier.invalidate(street));
      return after;
    });
  }

  async remove(actor: Actor, id: string): Promise<{ id: string; deleted: true }> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const before = await existingRule(t.manager, street, id);
      await t.manager.query('DELETE FROM routing_rule WHERE id = $1 AND street_code = $2', [id, street]);
      t.audit({ action: 'reference.routing_rule.delete', entityType: 'routing_rule', entityId: id, before, after: null });
      t.afterCommit(() => this.classifier.invalidate(street));
      return { id, deleted: true as const };
    });
  }

  /** What intake would suggest for a sample, in the classifier's own words, and one sentence saying so. */
  async trial(actor: Actor, input: RoutingTrialBodyInput): Promise<RoutingTrialResult & { summary: string }> {
    return this.tx.run(actor, async (t) => {
      if (input.communityId) await checkCommunity(t.manager, actor.streetCode, input.communityId, 'communityId');
      const result = await this.classifier.trial(t.manager, actor.streetCode, {
        text: input.text, address: input.address, communityId: input.communityId, category: input.category || undefined,
      });
      return { ...result, summary: trialSummary(result) };
    });
  }
}

export function trialSummary(result: RoutingTrialResult): string {
  const { unit, category } = result;
  if (!category && !unit) return '未能判断问题分类，不会给出承办单位建议';
  if (!unit) return `分类“${category?.category ?? ''}”没有适用的派单规则，不会给出承办单位建议`;
  if (!unit.unitName) return `不会给出承办单位建议，因为${unit.reason}`;
  return `将派给${unit.unitName}，因为${unit.reason}`;
}

async function ruleById(m: Db, street: string, id: string, lock = false): Promise<RoutingRuleRow | undefined> {
  const [row] = (await m.query(`${SELECT_RULES} AND r.id = $2${lock ? ' FOR UPDATE OF r' : ''}`, [street, id])) as RoutingRuleRow[];
  return row;
}

async function existingRule(m: Db, street: string, id: string): Promise<RoutingRuleRow> {
  const rule = await ruleById(m, street, id, true);
  if (!rule) throw new NotFoundError('ROUTING_RULE_NOT_FOUND', '派单规则不存在');
  return rule;
}

/**
 * The prefix is a category of the street, the units are active units of the street, the community (when it changes)
 * is an active community of the street, and no other rule has the same prefix and community.
 */
async function checkRule(m: Db, street: string, rule: RuleFields, selfId: string | null, newCommunity: boolean): Promise<void> {
  const problems: FieldError[] = [];
  if (!(await m.query('SELECT 1 FROM category WHERE street_code = $1 AND path = $2', [street, rule.categoryPrefix])).length) {
    problems.push({ field: 'categoryPrefix', message: `问题分类“${rule.categoryPrefix}”不存在` });
  }
  const codes = [...new Set([...(rule.unitCode === 'community' ? [] : [rule.unitCode]), ...rule.coUnitCodes])];
  const active = new Set(
    ((await m.query('SELECT code FROM unit WHERE street_code = $1 AND code = ANY($2) AND active', [street, codes])) as { code: string }[]).map((u) => u.code),
  );
  if (rule.unitCode !== 'community' && !active.has(rule.unitCode)) problems.push({ field: 'unitCode', message: `承办单位“${rule.unitCode}”不存在或已停用` });
  const missing = rule.coUnitCodes.filter((c) => !active.has(c));
  if (missing.length) problems.push({ field: 'coUnitCodes', message: `协办单位“${missing.join('、')}”不存在或已停用` });
  if (rule.communityId && newCommunity && !(await activeCommunityName(m, street, rule.communityId))) {
    problems.push({ field: 'communityId', message: '社区不存在或已停用' });
  }
  if (problems.length) throw new ValidationError(problems);
  const [taken] = (await m.query(
    `SELECT r.id, c.name AS "communityName" FROM routing_rule r LEFT JOIN community c ON c.id = r.community_id
      WHERE r.street_code = $1 AND r.category_prefix = $2 AND r.community_id IS NOT DISTINCT FROM $3`,
    [street, rule.categoryPrefix, rule.communityId],
  )) as { id: string; communityName: string | null }[];
  if (taken && taken.id !== selfId) {
    const scope = taken.communityName ? `在${taken.communityName}` : '对全部社区';
    throw new ConflictError('ROUTING_RULE_DUPLICATE', `分类“${rule.categoryPrefix}”${scope}已有派单规则`, { field: 'categoryPrefix', ruleId: taken.id });
  }
}

async function activeCommunityName(m: Db, street: string, id: string): Promise<string | null> {
  const [row] = (await m.query('SELECT name FROM community WHERE id = $1 AND street_code = $2 AND active', [id, street])) as { name: string }[];
  return row?.name ?? null;
}

async function checkCommunity(m: Db, street: string, id: string, field: string): Promise<void> {
  if (!(await activeCommunityName(m, street, id))) throw new ValidationError([{ field, message: '社区不存在或已停用' }]);
}
