import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReferenceClassifierHook, type ReferenceClassifier, type RoutingTrialInput, type RoutingTrialResult } from '@app/reference';
import { ClassificationService } from './classification.service.js';
import { suggestionView } from './suggestion-view.js';

/** Lends the reference admin this process's classifier: its cache to drop after an edit, and a trial run. */
@Injectable()
export class ReferenceClassifierAdapter implements ReferenceClassifier, OnModuleInit {
  constructor(
    private readonly hook: ReferenceClassifierHook,
    private readonly classification: ClassificationService,
  ) {}

  onModuleInit(): void {
    this.hook.use(this);
  }

  invalidate(streetCode: string): void {
    this.classification.invalidate(streetCode);
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
