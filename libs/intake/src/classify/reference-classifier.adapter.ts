import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CacheBus } from '@app/cache-bus';
import { ReferenceClassifierHook, type ReferenceClassifier, type RoutingTrialInput, type RoutingTrialResult } from '@app/reference';
import { ClassificationService, CLASSIFIER_CACHE } from './classification.service.js';
import { suggestionView } from './suggestion-view.js';

/** Lends the reference admin the classifier: its caches (in every process) to drop after an edit, and a trial run. */
@Injectable()
export class ReferenceClassifierAdapter implements ReferenceClassifier, OnModuleInit {
  constructor(
    private readonly hook: ReferenceClassifierHook,
    private readonly classification: ClassificationService,
    private readonly bus: CacheBus,
  ) {}

  onModuleInit(): void {
    this.hook.use(this);
  }

  /** Drops this process's classifier at once and tells the others (a worker importing meanwhile) to drop theirs. */
  invalidate(streetCode: string): Promise<void> {
    return this.bus.publish(CLASSIFIER_CACHE, streetCode);
  }

  async trial(m: EntityManager, streetCode: string, input: RoutingTrialInput): Promise<RoutingTrialResult> {
    const classifier = await this.classification.classifierFor(m, streetCode);
    const view = suggestionView(
      classifier.classify({ address: input.address, content: input.text, category: input.category ?? null, communityId: input.communityId ?? null }),
    );
    const chosen = input.communityId ? classifier.reference.communities.find((c) => c.id === input.communityId) : undefined;
    if (!chosen) return view;
    return { ...view, community: { communityId: chosen.id, communityName: chosen.name, reason: '试算时指定的社区' } };
  }
}
