import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { ConflictError, ValidationError } from '@app/errors';
import { OrderWriter, versionConflict } from '@app/orders';
import { ClassificationService } from './classification.service.js';
import { suggestionView } from './suggestion-view.js';

export interface OverrideInput {
  version: number;
  communityId?: string | null;
  category?: string;
  unitId?: string;
  reason?: string;
}

/** Suggestions for the intake form and for an order, and the operator's override of them (recorded). */
@Injectable()
export class OrderClassification {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly classification: ClassificationService,
    private readonly writer: OrderWriter,
  ) {}

  /** For the manual form, before the order exists: what the desk would suggest, and why. */
  async preview(actor: SessionActor, input: { address: string; content: string; category?: string }) {
    return this.tx.run(actor, async (t) => {
      const classifier = await this.classification.classifierFor(t.manager, actor.streetCode);
      return suggestionView(classifier.classify(input));
    });
  }

  async forOrder(actor: SessionActor, orderId: string) {
    return this.tx.run(actor, async (t) => {
      const order = await this.writer.load(t, orderId);
      const [stored] = (await t.manager.query('SELECT community, category, unit, updated_at FROM order_suggestion WHERE order_id = $1', [orderId])) as Record<string, unknown>[];
      return { orderId, communityId: order.community_id, category: order.category_path, suggestions: stored ?? null };
    });
  }

  /**
   * The operator sets community, category or preferred unit against the suggestion. Only while the order is at
   * the desk (待签收/待派单): afterwards the lifecycle actions own these fields.
   */
  async override(actor: SessionActor, orderId: string, input: OverrideInput) {
    return this.tx.run(actor, async (t) => {
      const order = await this.writer.load(t, orderId);
      if (order.version !== input.version) throw versionConflict(orderId, input.version);
      if (order.status !== 'new' && order.status !== 'signed') {
        throw new ConflictError('CLASSIFICATION_LOCKED', '工单已派出，所属社区与分类须通过改派等操作调整', { status: order.status });
      }
      const street = actor.streetCode;
      const problems: { field: string; message: string }[] = [];
      if (input.communityId && !((await t.manager.query('SELECT 1 FROM community WHERE id = $1 AND street_code = $2', [input.communityId, street])) as unknown[]).length) {
        problems.push({ field: 'communityId', message: '所属社区不存在' });
      }
      if (input.category && !((await t.manager.query('SELECT 1 FROM category WHERE path = $1 AND street_code = $2 AND level = 3 AND active', [input.category, street])) as unknown[]).length) {
        problems.push({ field: 'category', message: `问题分类“${input.category}”不存在` });
      }
      const [unit] = input.unitId
        ? ((await t.manager.query('SELECT id, name FROM unit WHERE id = $1 AND street_code = $2 AND active', [input.unitId, street])) as { id: string; name: string }[])
        : [];
      if (input.unitId && !unit) problems.push({ field: 'unitId', message: '承办单位不存在或已停用' });
      if (problems.length) throw new ValidationError(problems);

      const [stored] = (await t.manager.query('SELECT community, category, unit FROM order_suggestion WHERE order_id = $1', [orderId])) as {
        community: { communityId?: string } | null; category: { category?: string } | null; unit: { unitId?: string } | null;
      }[];
      const changes: { field: string; suggested: unknown; from: unknown; to: unknown }[] = [];
      if (input.communityId !== undefined && input.communityId !== order.community_id) {
        changes.push({ field: 'communityId', suggested: stored?.community?.communityId ?? null, from: order.community_id, to: input.communityId });
      }
      if (input.category !== undefined && input.category !== order.category_path) {
        changes.push({ field: 'category', suggested: stored?.category?.category ?? null, from: order.category_path, to: input.category });
      }
      if (unit) changes.push({ field: 'unitId', suggested: stored?.unit?.unitId ?? null, from: null, to: unit.id });
      if (!changes.length) return { id: orderId, version: order.version, status: order.status, changes };

      const updated = await this.writer.change(t, order, {
        version: input.version,
        changes: {
          ...(input.communityId !== undefined ? { communityId: input.communityId } : {}),
          ...(input.category !== undefined ? { categoryPath: input.category } : {}),
        },
        event: { action: 'classification_override', payload: { changes, reason: input.reason ?? null } },
      });
      if (unit) {
        await t.manager.query(
          `UPDATE order_suggestion SET unit = COALESCE(unit, '{}'::jsonb) || jsonb_build_object('override', $2::jsonb), updated_at = $3 WHERE order_id = $1`,
          [orderId, JSON.stringify({ unitId: unit.id, unitName: unit.name, byId: actor.id, at: t.now, reason: input.reason ?? null }), t.now],
        );
      }
      return { id: orderId, version: updated.version, status: updated.status, changes };
    });
  }
}
