import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@app/database';
import { IntakeHooks, type IntakeDraft, type IntakeListener, type IntakeSource, type IntakeWrites } from '@app/orders';
import { ClassificationService } from './classify/classification.service.js';
import { suggestionView } from './classify/suggestion-view.js';
import { DuplicateFinder } from './duplicates/duplicate-finder.js';

/**
 * What intake adds to every new order, whatever its source, inside the intake transaction: the suggestions with
 * their reasons (community, category, unit), and the duplicate check (DESIGN §5). Plugs itself into the orders
 * lib's intake hooks when the module starts. The reads come first, the writes once the order's row exists.
 */
@Injectable()
export class IntakeEffectsListener implements IntakeListener, OnModuleInit {
  constructor(
    private readonly hooks: IntakeHooks,
    private readonly classification: ClassificationService,
    private readonly duplicates: DuplicateFinder,
  ) {}

  onModuleInit(): void {
    this.hooks.useCommunityResolver(this.classification);
    this.hooks.addListener(this);
  }

  async prepare(t: Tx, draft: IntakeDraft, source: IntakeSource): Promise<IntakeWrites> {
    const classifier = await this.classification.classifierFor(t.manager, draft.street_code);
    const result = classifier.classify({ address: draft.address, content: draft.content, category: draft.category_path, communityId: draft.community_id });
    const view = suggestionView(result);
    const { candidates, method } = await this.duplicates.candidatesFor(t.manager, draft);
    return async (order) => {
      await t.manager.query(
        `INSERT INTO order_suggestion (order_id, street_code, community, category, unit, created_at, updated_at)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6, $6)`,
        [order.id, order.street_code, JSON.stringify(view.community), JSON.stringify(view.category), JSON.stringify(view.unit), t.now],
      );
      if (!candidates.length) return;
      await t.manager.query(
        `INSERT INTO order_duplicate_check (order_id, street_code, status, candidates, method, found_at) VALUES ($1, $2, 'suspected', $3::jsonb, $4, $5)`,
        [order.id, order.street_code, JSON.stringify(candidates), method, t.now],
      );
      // A suspicion is the desk's hint, not an action on the order: it is kept beside the order (and audited), while
      // the operator's answer to it (merge or dismiss) goes on the timeline.
      t.audit({
        action: 'order.duplicate_suspected', entityType: 'order', entityId: order.id,
        after: { source, method, candidates: candidates.map((c) => ({ orderId: c.orderId, upstreamNo: c.upstreamNo, score: c.score, reasons: c.reasons })) },
      });
    };
  }
}
