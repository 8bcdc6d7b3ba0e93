import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE, returnedRows, TransactionRunner } from '@app/database';
import { ReferenceClassifierHook } from './classifier-hook.js';
import { ConflictError, NotFoundError, ValidationError } from '@app/errors';
import { joinCategoryPath, splitCategoryPath } from '../reference-data.js';

export const CreateCategoryBody = z.object({
  /** null for a new top level; otherwise the path of a level-1 or level-2 category. */
  parentPath: z.string().trim().min(1).max(200).nullable(),
  name: z.string().trim().min(1).max(40).refine((name) => !name.includes('/'), '分类名称不能包含“/”'),
});
export const UpdateCategoryBody = z.object({
  path: z.string().trim().min(1).max(200),
  active: z.boolean().optional(),
  position: z.number().int().min(0).max(100_000).optional(),
});

const COLUMNS = 'path, name, level, parent_path AS "parentPath", position, active';
type CategoryRow = { path: string; name: string; level: number; parentPath: string | null; position: number; active: boolean };

/**
 * The three-level category tree (DESIGN §5). Orders keep their category as a path, so a category is never renamed
 * or deleted once made: it is deactivated (intake stops offering it; old orders keep it) and a new one is added.
 */
@Injectable()
export class CategoriesAdmin {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly classifier: ReferenceClassifierHook,
  ) {}

  async list(actor: SessionActor) {
    const items = (await this.dataSource.query(`SELECT ${COLUMNS} FROM category WHERE street_code = $1 ORDER BY position, path`, [actor.streetCode])) as CategoryRow[];
    return { items, total: items.length };
  }

  create(actor: SessionActor, body: z.infer<typeof CreateCategoryBody>) {
    return this.tx.run(actor, async (t) => {
      let level = 1;
      if (body.parentPath !== null) {
        const [parent] = (await t.manager.query('SELECT level, active FROM category WHERE street_code = $1 AND path = $2 FOR SHARE', [actor.streetCode, body.parentPath])) as { level: number; active: boolean }[];
        if (!parent) throw new ValidationError([{ field: 'parentPath', message: `上级分类“${body.parentPath}”不存在` }]);
        if (parent.level >= 3) throw new ValidationError([{ field: 'parentPath', message: '分类最多三级，三级分类下不能再加下级' }]);
        level = parent.level + 1;
      }
      const path = joinCategoryPath([...(body.parentPath ? splitCategoryPath(body.parentPath) : []), body.name]);
      // After its siblings: the tree keeps the order the admin added them in.
      const [row] = (await t.manager.query(
        `INSERT INTO category (street_code, path, name, level, parent_path, position)
         VALUES ($1::varchar, $2, $3, $4, $5, (SELECT coalesce(max(position), 0) + 1 FROM category WHERE street_code = $1::varchar))
         ON CONFLICT (street_code, path) DO NOTHING RETURNING ${COLUMNS}`,
        [actor.streetCode, path, body.name, level, body.parentPath],
      )) as CategoryRow[];
      if (!row) throw new ConflictError('CATEGORY_EXISTS', `分类“${path}”已存在`);
      t.audit({ action: 'reference.category.create', entityType: 'category', entityId: path, after: row });
      t.afterCommit(() => this.classifier.invalidate(actor.streetCode));
      return row;
    });
  }

  update(actor: SessionActor, body: z.infer<typeof UpdateCategoryBody>) {
    return this.tx.run(actor, async (t) => {
      const [before] = (await t.manager.query(`SELECT ${COLUMNS} FROM category WHERE street_code = $1 AND path = $2 FOR UPDATE`, [actor.streetCode, body.path])) as CategoryRow[];
      if (!before) throw new NotFoundError('CATEGORY_NOT_FOUND', '分类不存在');
      // Deactivating a parent deactivates its subtree: intake must not offer a child of a closed branch.
      const scope = body.active === false ? `(path = $2 OR left(path, length($2) + 1) = $2 || '/')` : 'path = $2';
      await t.manager.query(
        `UPDATE category SET active = coalesce($3, active) WHERE street_code = $1 AND ${scope}`,
        [actor.streetCode, body.path, body.active ?? null],
      );
      const [after] = returnedRows<CategoryRow>(await t.manager.query(
        `UPDATE category SET position = coalesce($3, position) WHERE street_code = $1 AND path = $2 RETURNING ${COLUMNS}`,
        [actor.streetCode, body.path, body.position ?? null],
      ));
      t.audit({ action: 'reference.category.update', entityType: 'category', entityId: body.path, before, after });
      t.afterCommit(() => this.classifier.invalidate(actor.streetCode));
      return after;
    });
  }
}
