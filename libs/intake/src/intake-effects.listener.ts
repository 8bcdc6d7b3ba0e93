import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@app/database';
import { IntakeHooks, type IntakeListener, type IntakeSource, type OrderRow } from '@app/orders';
import { ClassificationService } from './classify/classification.service.js';
import { suggestionView } from './classify/suggestion-view.js';
import { DuplicateFinder } from './duplicates/duplicate-finder.js';

/**
 * What intake adds to every new order, whatever its source, inside the intake transaction: the suggestions with
 * their reasons (community, category, unit), and the duplicate check (DESIGN §5). Plugs itself into the orders
 * lib's intake hooks when the module starts.
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

  async afterIntake(t: Tx, order: OrderRow, source: IntakeSource): Promise<void> {
    const classifier = await this.classification.classifierFor(t.manager, order.street_code);
    const result = classifier.classify({ address: order.address, content: order.content, category: order.category_path, communityId: order.community_id });
    const view = suggestionView(result);
    await t.manager.query(
      `INSERT INTO order_suggestion (order_id, street_code, community, category, unit, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6, $6)`,
      [order.id, order.street_code, JSON.stringify(view.community), JSON.stringify(view.category), JSON.stringify(view.unit), t.now],
    );

    const { candidates, method } = await this.duplicates.candidatesFor(t.manager, order);
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
  }
}
