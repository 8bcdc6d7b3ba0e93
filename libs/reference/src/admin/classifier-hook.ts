import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RoutingTrialInput {
  text: string;
  address: string;
  /** Set by the admin: it beats the address, as a community set by a person does on an order. */
  communityId?: string;
  category?: string;
}

/** What intake's classifier makes of a sample: the same suggestion view an order gets. */
export interface RoutingTrialResult {
  community: { communityId: string; communityName: string; reason: string } | null;
  category: { category: string; keywords: string[]; reason: string } | null;
  unit: { unitId: string | null; unitName: string | null; rule: string; reason: string } | null;
}

/** The classifier as the reference admin needs it: drop a street's cached copy, and try a sample through it. */
export interface ReferenceClassifier {
  /** Resolves once every process has been told (the admin's answer waits for it). */
  invalidate(streetCode: string): Promise<void>;
  trial(m: EntityManager, streetCode: string, input: RoutingTrialInput): Promise<RoutingTrialResult>;
}

/**
 * Where libs/intake plugs its classifier in. libs/intake already depends on libs/reference (the seed data), so
 * libs/reference cannot import intake's ClassificationService without a cycle; intake registers itself here at
 * start-up instead (the same pattern as the orders lib's IntakeHooks). A direct call rather than an event, so the
 * admin's change is visible to the very next request and a missing classifier is an error, not silence.
 */
@Injectable()
export class ReferenceClassifierHook {
  private classifier: ReferenceClassifier | null = null;

  use(classifier: ReferenceClassifier): void {
    this.classifier = classifier;
  }

  async invalidate(streetCode: string): Promise<void> {
    await this.classifier?.invalidate(streetCode);
  }

  trial(m: EntityManager, streetCode: string, input: RoutingTrialInput): Promise<RoutingTrialResult> {
    if (!this.classifier) throw new Error('intake classifier not registered');
    return this.classifier.trial(m, streetCode, input);
  }
}

/** The hook alone, so intake can import it without the reference controllers. */
@Module({ providers: [ReferenceClassifierHook], exports: [ReferenceClassifierHook] })
export class ReferenceHooksModule {}
