import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@app/database';
import { IntakeHooks, type IntakeDraft, type IntakeListener, type IntakeSource, type IntakeWrites, type OrderRow } from '@app/orders';
import { ClassificationService } from './classify/classification.service.js';
import { suggestionView, type SuggestionView } from './classify/suggestion-view.js';
import { DuplicateBatchFinder } from './duplicates/duplicate-batch-finder.js';
import { DuplicateFinder, type FoundDuplicates } from './duplicates/duplicate-finder.js';
import { IntakeEffectsStore } from './intake-effects.store.js';

/**
 * What intake adds to every new order, whatever its source, inside the intake transaction: the suggestions with
 * their reasons (community, category, unit), and the duplicate check (DESIGN §5). Plugs itself into the orders
 * lib's intake hooks when the module starts: the reads first (prepare), the writes once the order's row exists. An
 * import batch gets the same, set-based (afterIntakeBatch).
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

  async prepare(t: Tx, draft: IntakeDraft, source: IntakeSource): Promise<IntakeWrites> {
    const [view] = await this.suggestions(t, [draft]);
    const found = await this.duplicates.candidatesFor(t.manager, draft);
    return async (order) => {
      await IntakeEffectsStore.insertSuggestions(t.manager, t.now, [{ order, view: view! }]);
      await this.suspect(t, [{ order, found }], source);
    };
  }

  async afterIntakeBatch(t: Tx, orders: readonly OrderRow[], source: IntakeSource): Promise<void> {
    const views = await this.suggestions(t, orders);
    await IntakeEffectsStore.insertSuggestions(t.manager, t.now, orders.map((order, i) => ({ order, view: views[i]! })));
    const found = await this.batchDuplicates.candidatesForMany(t.manager, orders);
    await this.suspect(t, orders.map((order, i) => ({ order, found: found[i]! })), source);
  }

  private async suggestions(t: Tx, orders: readonly IntakeDraft[]): Promise<SuggestionView[]> {
    const classifier = await this.classification.classifierFor(t.manager, orders[0]!.street_code);
    return orders.map((order) =>
      suggestionView(classifier.classify({ address: order.address, content: order.content, category: order.category_path, communityId: order.community_id })),
    );
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
