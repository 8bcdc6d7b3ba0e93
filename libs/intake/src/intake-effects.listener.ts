import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@app/database';
import { IntakeHooks, type IntakeListener, type IntakeSource, type OrderRow } from '@app/orders';
import { ClassificationService } from './classify/classification.service.js';
import { suggestionView } from './classify/suggestion-view.js';
import { DuplicateBatchFinder } from './duplicates/duplicate-batch-finder.js';
import { DuplicateFinder, type FoundDuplicates } from './duplicates/duplicate-finder.js';
import { IntakeEffectsStore } from './intake-effects.store.js';

/**
 * What intake adds to every new order, whatever its source, inside the intake transaction: the suggestions with
 * their reasons (community, category, unit), and the duplicate check (DESIGN §5). Plugs itself into the orders
 * lib's intake hooks when the module starts. An import batch gets the same, set-based (afterIntakeBatch).
 */
@Injectable()
export class IntakeEffectsListener implements IntakeListener, OnModuleInit {
  constructor(
    private readonly hooks: IntakeHooks,
    private readonly classification: ClassificationService,
    private readonly duplicates: DuplicateFinder,
    private readonly batchDuplicates: DuplicateBatchFinder,
  ) {}

  onModuleInit(): void {
    this.hooks.useCommunityResolver(this.classification);
    this.hooks.addListener(this);
  }

  async afterIntake(t: Tx, order: OrderRow, source: IntakeSource): Promise<void> {
    await this.suggest(t, [order]);
    await this.suspect(t, [{ order, found: await this.duplicates.candidatesFor(t.manager, order) }], source);
  }

  async afterIntakeBatch(t: Tx, orders: readonly OrderRow[], source: IntakeSource): Promise<void> {
    await this.suggest(t, orders);
    const found = await this.batchDuplicates.candidatesForMany(t.manager, orders);
    await this.suspect(t, orders.map((order, i) => ({ order, found: found[i]! })), source);
  }

  private async suggest(t: Tx, orders: readonly OrderRow[]): Promise<void> {
    const classifier = await this.classification.classifierFor(t.manager, orders[0]!.street_code);
    const rows = orders.map((order) => ({
      order,
      view: suggestionView(classifier.classify({ address: order.address, content: order.content, category: order.category_path, communityId: order.community_id })),
    }));
    await IntakeEffectsStore.insertSuggestions(t.manager, t.now, rows);
  }

  private async suspect(t: Tx, checked: readonly { order: OrderRow; found: FoundDuplicates }[], source: IntakeSource): Promise<void> {
    const suspected = checked.filter((c) => c.found.candidates.length);
    await IntakeEffectsStore.insertDuplicateChecks(t.manager, t.now, suspected);
    // A suspicion is the desk's hint, not an action on the order: it is kept beside the order (and audited), while
    // the operator's answer to it (merge or dismiss) goes on the timeline.
    for (const { order, found } of suspected) {
      t.audit({
        action: 'order.duplicate_suspected', entityType: 'order', entityId: order.id,
        after: { source, method: found.method, candidates: found.candidates.map((c) => ({ orderId: c.orderId, upstreamNo: c.upstreamNo, score: c.score, reasons: c.reasons })) },
      });
    }
  }
}
