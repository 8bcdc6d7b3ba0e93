import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError, ValidationError } from '@app/errors';
import { ReferenceClassifierHook } from './classifier-hook.js';
import { placeAt } from './keyword-rule-order.js';
import type { CreateKeywordRuleInput, KeywordTrialInput, UpdateKeywordRuleInput } from './keyword-rules-admin.schemas.js';

export interface KeywordRuleRow {
  id: string;
  categoryPath: string;
  keywords: string[];
  position: number;
}

export interface KeywordTrialResult {
  category: { category: string; keywords: string[]; reason: string } | null;
  summary: string;
}

type Db = Pick<EntityManager, 'query'>;

const SELECT_RULES = `SELECT id, category_path AS "categoryPath", keywords, position FROM keyword_rule WHERE street_code = $1`;

/**
 * 系统管理 → 关键词规则 (DESIGN §5): a third-level category and the words that suggest it when an order's content
 * contains them. Their order breaks ties, so positions are kept 0..n-1. Orders do not refer to rules, so a rule
 * may be deleted. Every write is audited and drops the street's cached classifier: the next intake follows it.
 */
@Injectable()
export class KeywordRulesAdminService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly tx: TransactionRunner,
    private readonly classifier: ReferenceClassifierHook,
  ) {}

  async list(streetCode: string): Promise<{ items: KeywordRuleRow[]; total: number }> {
    const items = (await this.db.query(`${SELECT_RULES} ORDER BY position, category_path`, [streetCode])) as KeywordRuleRow[];
    return { items, total: items.length };
  }

  async create(actor: Actor, input: CreateKeywordRuleInput): Promise<KeywordRuleRow> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const order = await lockedOrder(t.manager, street);
      await checkCategory(t.manager, street, input.categoryPath, null);
      const [{ id }] = (await t.manager.query(
        `INSERT INTO keyword_rule (street_code, category_path, keywords, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [street, input.categoryPath, input.keywords, order.length],
      )) as { id: string }[];
      await renumber(t.manager, street, placeAt(order, id, input.position ?? order.length));
      const after = (await ruleById(t.manager, street, id))!;
      t.audit({ action: 'reference.keyword_rule.create', entityType: 'keyword_rule', entityId: id, before: null, after });
      t.afterCommit(() => this.classifier.invalidate(street));
      return after;
    });
  }

  async update(actor: Actor, id: string, input: UpdateKeywordRuleInput): Promise<KeywordRuleRow> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const order = await lockedOrder(t.manager, street);
      const before = await ruleById(t.manager, street, id);
      if (!before) throw new NotFoundError('KEYWORD_RULE_NOT_FOUND', '关键词规则不存在');
      const categoryPath = input.categoryPath ?? before.categoryPath;
      if (categoryPath !== before.categoryPath) await checkCategory(t.manager, street, categoryPath, id);
      await t.manager.query('UPDATE keyword_rule SET category_path = $3, keywords = $4 WHERE id = $1 AND street_code = $2', [
        id, street, categoryPath, input.keywords ?? before.keywords,
      ]);
      if (input.position !== undefined) await renumber(t.manager, street, placeAt(order, id, input.position));
      const after = (await ruleById(t.manager, street, id))!;
      t.audit({ action: 'reference.keyword_rule.update', entityType: 'keyword_rule', entityId: id, before, after });
      t.afterCommit(() => this.classifier.invalidate(street));
      return after;
    });
  }

  async remove(actor: Actor, id: string): Promise<{ id: string; deleted: true }> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const order = await lockedOrder(t.manager, street);
      const before = await ruleById(t.manager, street, id);
      if (!before) throw new NotFoundError('KEYWORD_RULE_NOT_FOUND', '关键词规则不存在');
      await t.manager.query('DELETE FROM keyword_rule WHERE id = $1 AND street_code = $2', [id, street]);
      await renumber(t.manager, street, order.filter((x) => x !== id));
      t.audit({ action: 'reference.keyword_rule.delete', entityType: 'keyword_rule', entityId: id, before, after: null });
      t.afterCommit(() => this.classifier.invalidate(street));
      return { id, deleted: true as const };
    });
  }

  /** 试分类: the category intake's own classifier would suggest for a sample content, and the keywords that decided. */
  async trial(actor: Actor, input: KeywordTrialInput): Promise<KeywordTrialResult> {
    const result = await this.classifier.trial(this.db.manager, actor.streetCode, { text: input.content, address: '' });
    const category = result.category && { category: result.category.category, keywords: result.category.keywords, reason: result.category.reason };
    return {
      category,
      summary: category ? `将建议分类“${category.category}”，因为内容含关键词“${category.keywords.join('、')}”` : '内容不含任何关键词规则的关键词，不会建议分类',
    };
  }
}

/** The street's rule ids in list order, locked: two admins reordering at once take turns. */
async function lockedOrder(m: Db, street: string): Promise<string[]> {
  const rows = (await m.query('SELECT id FROM keyword_rule WHERE street_code = $1 ORDER BY position, category_path FOR UPDATE', [street])) as { id: string }[];
  return rows.map((r) => r.id);
}

async function renumber(m: Db, street: string, ids: readonly string[]): Promise<void> {
  await m.query(
    `UPDATE keyword_rule k SET position = o.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
      WHERE k.id = o.id AND k.street_code = $1 AND k.position <> o.position - 1`,
    [street, ids],
  );
}

async function ruleById(m: Db, street: string, id: string): Promise<KeywordRuleRow | undefined> {
  const [row] = (await m.query(`${SELECT_RULES} AND id = $2`, [street, id])) as KeywordRuleRow[];
  return row;
}

/** A third-level category of the street in use (what an order's category must be), with no other rule. */
async function checkCategory(m: Db, street: string, path: string, selfId: string | null): Promise<void> {
  if (!(await m.query('SELECT 1 FROM category WHERE street_code = $1 AND path = $2 AND level = 3 AND active', [street, path])).length) {
    throw new ValidationError([{ field: 'categoryPath', message: `问题分类“${path}”不存在、已停用或不是三级分类` }]);
  }
  const [taken] = (await m.query('SELECT id FROM keyword_rule WHERE street_code = $1 AND category_path = $2', [street, path])) as { id: string }[];
  if (taken && taken.id !== selfId) {
    throw new ConflictError('KEYWORD_RULE_DUPLICATE', `分类“${path}”已有关键词规则，请编辑那一条`, { field: 'categoryPath', ruleId: taken.id });
  }
}
