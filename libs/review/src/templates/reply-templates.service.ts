import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { can } from '@app/access';
import type { SessionActor } from '@app/auth';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, returnedRows, TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError, ValidationError } from '@app/errors';
import { isCategoryWithin, ORDER_TYPE_LABELS, OrderQueries, seesClearPii, type OrderRow } from '@app/orders';
import { renderTemplate, salutationOf, unknownPlaceholders, type TemplateValues } from '../domain/index.js';

const body = z.string().trim().min(2).max(5000);
export const CreateTemplateBody = z.object({
  categoryPrefix: z.string().trim().min(1).max(200).nullable().optional(),
  title: z.string().trim().min(2).max(100),
  body,
});
export const UpdateTemplateBody = CreateTemplateBody.partial().extend({ version: z.number().int().min(1), active: z.boolean().optional() });
export const TemplateListQuery = z.object({
  category: z.string().trim().max(200).optional(),
  /** The stopped ones too, for those who keep the list (系统管理 → 常用答复), so a stopped template can be started again. */
  includeInactive: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export const RenderTemplateBody = z.object({ orderId: z.uuid() });

const COLUMNS = `id, category_prefix AS "categoryPrefix", title, body, active, version, updated_at AS "updatedAt"`;

/** 常用答复: kept per category by supervisors and the admin, filled from an order by whoever replies. */
@Injectable()
export class ReplyTemplates {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly orders: OrderQueries,
  ) {}

  /**
   * Active templates; with a category, those for it or any of its parents, and the general ones (no category). The
   * stopped ones too when asked by someone who may manage them (others only ever pick from active ones).
   */
  async list(actor: SessionActor, category?: string, includeInactive = false) {
    const all = includeInactive && can(actor.role, 'reply_template.manage');
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM reply_template WHERE street_code = $1 AND (active OR $2) ORDER BY category_prefix NULLS FIRST, title`,
      [actor.streetCode, all],
    )) as { categoryPrefix: string | null }[];
    return category ? rows.filter((r) => r.categoryPrefix === null || isCategoryWithin(category, r.categoryPrefix)) : rows;
  }

  create(actor: SessionActor, input: z.infer<typeof CreateTemplateBody>) {
    checkPlaceholders(input.body);
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO reply_template (street_code, category_prefix, title, body, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${COLUMNS}`,
        [actor.streetCode, input.categoryPrefix ?? null, input.title, input.body, actor.id, t.now],
      )) as { id: string }[];
      t.audit({ action: 'reply_template.create', entityType: 'reply_template', entityId: row.id, after: row });
      return row;
    });
  }

  update(actor: SessionActor, id: string, input: z.infer<typeof UpdateTemplateBody>) {
    if (input.body) checkPlaceholders(input.body);
    return this.tx.run(actor, async (t) => {
      const [before] = (await t.manager.query(`SELECT ${COLUMNS} FROM reply_template WHERE street_code = $1 AND id = $2`, [actor.streetCode, id])) as object[];
      if (!before) throw new NotFoundError('REPLY_TEMPLATE_NOT_FOUND', '常用答复不存在', { id });
      const categoryGiven = input.categoryPrefix !== undefined;
      const rows = returnedRows<{ id: string }>(
        await t.manager.query(
          `UPDATE reply_template SET title = coalesce($4, title), body = coalesce($5, body), active = coalesce($6, active),
                  category_prefix = CASE WHEN $7 THEN $8 ELSE category_prefix END, updated_at = $9, version = version + 1
            WHERE street_code = $1 AND id = $2 AND version = $3 RETURNING ${COLUMNS}`,
          [actor.streetCode, id, input.version, input.title ?? null, input.body ?? null, input.active ?? null, categoryGiven, input.categoryPrefix ?? null, t.now],
        ),
      );
      if (rows.length === 0) throw new ConflictError('CONFLICT', '常用答复已被他人修改，请刷新后重试', { id, expectedVersion: input.version });
      t.audit({ action: 'reply_template.update', entityType: 'reply_template', entityId: id, before, after: rows[0] });
      return rows[0];
    });
  }

  /** The template filled from an order the caller may see; gaps are reported, never silently blank. */
  async render(actor: SessionActor, id: string, orderId: string) {
    const [template] = (await this.dataSource.query(`SELECT body FROM reply_template WHERE street_code = $1 AND id = $2 AND active`, [actor.streetCode, id])) as { body: string }[];
    if (!template) throw new NotFoundError('REPLY_TEMPLATE_NOT_FOUND', '常用答复不存在', { id });
    const order = await this.orders.visible(actor, orderId);
    return renderTemplate(template.body, await this.valuesOf(actor, order));
  }

  private async valuesOf(actor: SessionActor, order: OrderRow): Promise<TemplateValues> {
    const [names] = (await this.dataSource.query(
      `SELECT (SELECT name FROM unit WHERE id = $1) AS unit, (SELECT name FROM street WHERE code = $2) AS street`,
      [order.lead_unit_id, order.street_code],
    )) as { unit: string | null; street: string | null }[];
    // The citizen's name only for those who may see it in clear (DESIGN §1).
    const name = seesClearPii(actor, order) ? this.orders.decryptPii(order).citizenName : null;
    return {
      upstreamNo: order.upstream_no,
      salutation: salutationOf(name),
      address: order.address,
      content: order.content,
      category: order.category_path,
      typeLabel: ORDER_TYPE_LABELS[order.type],
      receivedDate: chineseDate(new Date(order.received_at)),
      unitName: names?.unit ?? null,
      streetName: names?.street ?? null,
      today: chineseDate(this.clock.now()),
    };
  }
}

function checkPlaceholders(text: string): void {
  const unknown = unknownPlaceholders(text);
  if (unknown.length) throw new ValidationError([{ field: 'body', message: `未知的占位符：${unknown.join('、')}` }]);
}

/** 2026年6月1日, in Beijing time. */
function chineseDate(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
