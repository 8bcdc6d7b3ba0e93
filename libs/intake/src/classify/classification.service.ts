import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CacheBus } from '@app/cache-bus';
import type { CommunityResolver } from '@app/orders';
import { Classifier } from './classifier.js';
import { loadIntakeReference } from './intake-reference.loader.js';

/**
 * How long a street's classifier is reused. An admin's edit drops it at once in every process (CLASSIFIER_CACHE on
 * the cache bus); this only bounds a process that missed the message (Redis away at that moment).
 */
const CACHE_MS = 60_000;

/** The cache's name on the cache bus: reference admin writes publish it with the street's code. */
export const CLASSIFIER_CACHE = 'intake-classifier';

/**
 * One classifier per street (building jieba with the street's dictionary takes ~0.2 s, so it is reused), read
 * through the caller's manager. Also the community resolver of every intake path.
 */
@Injectable()
export class ClassificationService implements CommunityResolver {
  private readonly cache = new Map<string, { classifier: Classifier; until: number }>();

  constructor(bus: CacheBus) {
    bus.on(CLASSIFIER_CACHE, (streetCode) => this.invalidate(streetCode));
  }

  async classifierFor(m: EntityManager, streetCode: string): Promise<Classifier> {
    // Real time, not the business clock: tests move the clock by days and must not keep rebuilding.
    const now = Date.now();
    const cached = this.cache.get(streetCode);
    if (cached && cached.until > now) return cached.classifier;
    const classifier = new Classifier(await loadIntakeReference(m, streetCode));
    this.cache.set(streetCode, { classifier, until: now + CACHE_MS });
    return classifier;
  }

  async communityFor(m: EntityManager, streetCode: string, address: string): Promise<string | null> {
    return (await this.classifierFor(m, streetCode)).community(address)?.communityId ?? null;
  }

  /** Drops cached classifiers (after the admin edits reference data). */
  invalidate(streetCode?: string): void {
    if (streetCode) this.cache.delete(streetCode);
    else this.cache.clear();
  }
}
