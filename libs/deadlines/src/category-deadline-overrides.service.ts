import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import type { CategoryDeadlineOverride } from '@app/calendar';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError, ValidationError } from '@app/errors';
import type { Queryable } from './calendar.queries.js';
import { CalendarService } from './calendar.service.js';
import { categoryOverrideOf, selectCategoryOverrides, type StoredCategoryOverride } from './category-deadline-override.queries.js';

/**
 * 系统管理 → 时限策略 → 分类时限: exceptions to the type × urgency table for a category and those under it. Orders do
 * not refer to overrides (their clocks are computed when they start), so an override may be deleted. Every write is
 * audited and drops the cached policy, so the next clock started uses it.
 */
@Injectable()
export class CategoryDeadlineOverridesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly calendars: CalendarService,
  ) {}

  async list(streetCode: string): Promise<{ items: StoredCategoryOverride[]; total: number }> {
    const items = await selectCategoryOverrides(this.dataSource, streetCode);
    return { items, total: items.length };
  }

  /** `rule` has passed `categoryOverrideFieldErrors`. */
  async create(actor: Actor, rule: CategoryDeadlineOverride): Promise<StoredCategoryOverride> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const clean = categoryOverrideOf(rule);
      await checkOverride(t.manager, street, clean, null);
      const [{ id }] = (await t.manager.query(
        `INSERT INTO category_deadline_override (street_code, category_prefix, order_type, urgency, sign_within, contact_within,
           unit_reply_within, review_within, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [street, ...columnsOf(clean), t.now, actor.id],
      )) as { id: string }[];
      const [after] = await selectCategoryOverrides(t.manager, street, id);
      t.audit({ action: 'deadline_override.create', entityType: 'category_deadline_override', entityId: id, before: null, after });
      t.afterCommit(() => this.calendars.changed(street));
      return after!;
    });
  }

  /** A whole rule replaces the stored one when `version` is still the stored version, else 409. */
  async update(actor: Actor, id: string, version: number, rule: CategoryDeadlineOverride): Promise<StoredCategoryOverride> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const before = await existing(t.manager, street, id);
      if (before.version !== version) {
        throw new ConflictError('CONFLICT', '分类时限已被他人修改，请刷新后重试', { id, expectedVersion: version, version: before.version });
      }
      const clean = categoryOverrideOf(rule);
      await checkOverride(t.manager, street, clean, id);
      await t.manager.query(
        `UPDATE category_deadline_override SET category_prefix = $3, order_type = $4, urgency = $5, sign_within = $6,
           contact_within = $7, unit_reply_within = $8, review_within = $9, updated_at = $10, updated_by = $11, version = version + 1
         WHERE street_code = $1 AND id = $2`,
        [street, id, ...columnsOf(clean), t.now, actor.id],
      );
      const [after] = await selectCategoryOverrides(t.manager, street, id);
      t.audit({ action: 'deadline_override.update', entityType: 'category_deadline_override', entityId: id, before, after });
      t.afterCommit(() => this.calendars.changed(street));
      return after!;
    });
  }

  async remove(actor: Actor, id: string): Promise<{ id: string; deleted: true }> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      const before = await existing(t.manager, street, id);
      await t.manager.query('DELETE FROM category_deadline_override WHERE street_code = $1 AND id = $2', [street, id]);
      t.audit({ action: 'deadline_override.delete', entityType: 'category_deadline_override', entityId: id, before, after: null });
      t.afterCommit(() => this.calendars.changed(street));
      return { id, deleted: true as const };
    });
  }
}

function columnsOf(rule: CategoryDeadlineOverride): unknown[] {
  const json = (d: unknown) => (d ? JSON.stringify(d) : null);
  return [rule.categoryPrefix, rule.type, rule.urgency, json(rule.signWithin), json(rule.contactWithin), json(rule.unitReplyWithin), json(rule.reviewWithin)];
}

async function existing(db: Queryable, street: string, id: string): Promise<StoredCategoryOverride> {
  const [row] = await selectCategoryOverrides(db, street, id, true);
  if (!row) throw new NotFoundError('DEADLINE_OVERRIDE_NOT_FOUND', '分类时限不存在');
  return row;
}

/** The prefix is a category of the street; no other override has the same category, type and urgency. */
async function checkOverride(db: Queryable, street: string, rule: CategoryDeadlineOverride, selfId: string | null): Promise<void> {
  if (!(await db.query('SELECT 1 FROM category WHERE street_code = $1 AND path = $2', [street, rule.categoryPrefix])).length) {
    throw new ValidationError([{ field: 'categoryPrefix', message: `问题分类“${rule.categoryPrefix}”不存在` }]);
  }
  const [taken] = (await db.query(
    `SELECT id FROM category_deadline_override WHERE street_code = $1 AND category_prefix = $2
        AND order_type IS NOT DISTINCT FROM $3 AND urgency IS NOT DISTINCT FROM $4`,
    [street, rule.categoryPrefix, rule.type, rule.urgency],
  )) as { id: string }[];
  if (taken && taken.id !== selfId) {
    throw new ConflictError('DEADLINE_OVERRIDE_DUPLICATE', `分类“${rule.categoryPrefix}”已有相同诉求类型与紧急程度的分类时限`, { overrideId: taken.id });
  }
}
