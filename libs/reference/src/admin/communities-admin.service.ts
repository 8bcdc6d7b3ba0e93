import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE, returnedRows, TransactionRunner } from '@app/database';
import { ReferenceClassifierHook } from './classifier-hook.js';
import { ConflictError, NotFoundError, ValidationError } from '@app/errors';

const place = z.string().trim().min(1).max(60);
export const CreateCommunityBody = z.object({
  code: z.string().regex(/^\d{3}$/, '社区编码为 3 位数字'),
  name: z.string().trim().min(2).max(40),
  /** Road names, courtyards and landmarks that place an address in this community (DESIGN §5). */
  gazetteer: z.array(place).min(1, '至少填写一个路名、院落或地标').max(500),
});
export const UpdateCommunityBody = z.object({
  name: z.string().trim().min(2).max(40).optional(),
  gazetteer: z.array(place).min(1, '至少填写一个路名、院落或地标').max(500).optional(),
  active: z.boolean().optional(),
});
export const DutyCategoriesBody = z.object({ categories: z.array(z.string().trim().min(1).max(200)).max(200) });

const COLUMNS = 'id, code, name, gazetteer, active';
type CommunityRow = { id: string; code: string; name: string; gazetteer: string[]; active: boolean };

/**
 * Communities with their address gazetteer, and the street's community duty list (Art. 17: the categories a
 * residents' committee handles itself). A community that orders refer to is deactivated, never deleted.
 */
@Injectable()
export class CommunitiesAdmin {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly classifier: ReferenceClassifierHook,
  ) {}

  async list(actor: SessionActor) {
    const items = (await this.dataSource.query(`SELECT ${COLUMNS} FROM community WHERE street_code = $1 ORDER BY code`, [actor.streetCode])) as CommunityRow[];
    const duty = (await this.dataSource.query('SELECT category_prefix FROM community_duty_category WHERE street_code = $1 ORDER BY category_prefix', [actor.streetCode])) as { category_prefix: string }[];
    return { items, total: items.length, dutyCategories: duty.map((d) => d.category_prefix) };
  }

  create(actor: SessionActor, body: z.infer<typeof CreateCommunityBody>) {
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO community (street_code, code, name, gazetteer) VALUES ($1, $2, $3, $4)
         ON CONFLICT (street_code, code) DO NOTHING RETURNING ${COLUMNS}`,
        [actor.streetCode, body.code, body.name, dedupe(body.gazetteer)],
      )) as CommunityRow[];
      if (!row) throw new ConflictError('COMMUNITY_CODE_TAKEN', `社区编码 ${body.code} 已被使用`);
      t.audit({ action: 'reference.community.create', entityType: 'community', entityId: row.id, after: row });
      t.afterCommit(() => this.classifier.invalidate(actor.streetCode));
      return row;
    });
  }

  update(actor: SessionActor, id: string, body: z.infer<typeof UpdateCommunityBody>) {
    return this.tx.run(actor, async (t) => {
      const before = await lockedCommunity(t.manager, actor.streetCode, id);
      const [row] = returnedRows<CommunityRow>(await t.manager.query(
        `UPDATE community SET name = coalesce($3, name), gazetteer = coalesce($4, gazetteer), active = coalesce($5, active)
          WHERE street_code = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [actor.streetCode, id, body.name ?? null, body.gazetteer ? dedupe(body.gazetteer) : null, body.active ?? null],
      ));
      t.audit({ action: 'reference.community.update', entityType: 'community', entityId: id, before, after: row });
      t.afterCommit(() => this.classifier.invalidate(actor.streetCode));
      return row;
    });
  }

  saveDutyCategories(actor: SessionActor, body: z.infer<typeof DutyCategoriesBody>) {
    return this.tx.run(actor, async (t) => {
      const wanted = dedupe(body.categories);
      const known = new Set(((await t.manager.query('SELECT path FROM category WHERE street_code = $1', [actor.streetCode])) as { path: string }[]).map((c) => c.path));
      const unknown = wanted.map((path, i) => ({ path, i })).filter(({ path }) => !known.has(path));
      if (unknown.length) throw new ValidationError(unknown.map(({ path, i }) => ({ field: `categories.${i}`, message: `分类“${path}”不存在` })));
      const before = ((await t.manager.query('SELECT category_prefix FROM community_duty_category WHERE street_code = $1 ORDER BY category_prefix FOR UPDATE', [actor.streetCode])) as { category_prefix: string }[]).map((r) => r.category_prefix);
      await t.manager.query('DELETE FROM community_duty_category WHERE street_code = $1', [actor.streetCode]);
      await t.manager.query('INSERT INTO community_duty_category (street_code, category_prefix) SELECT $1, unnest($2::text[])', [actor.streetCode, wanted]);
      const after = [...wanted].sort();
      t.audit({ action: 'reference.duty_categories.save', entityType: 'community_duty_category', entityId: actor.streetCode, before: { categories: before }, after: { categories: after } });
      t.afterCommit(() => this.classifier.invalidate(actor.streetCode));
      return { categories: after };
    });
  }
}

async function lockedCommunity(m: EntityManager, streetCode: string, id: string): Promise<CommunityRow> {
  const [row] = (await m.query(`SELECT ${COLUMNS} FROM community WHERE street_code = $1 AND id = $2 FOR UPDATE`, [streetCode, id])) as CommunityRow[];
  if (!row) throw new NotFoundError('COMMUNITY_NOT_FOUND', '社区不存在');
  return row;
}

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
