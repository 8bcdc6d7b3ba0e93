import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CommunityResolver } from '@app/orders';
import { Classifier } from './classifier.js';
import { loadIntakeReference } from './intake-reference.loader.js';

/** How long a street's classifier is reused; the admin's edits to the gazetteer or rules show up after this. */
const CACHE_MS = 60_000;

/**
 * One classifier per street (building jieba with the street's dictionary takes ~0.2 s, so it is reused), read
 * through the caller's manager. Also the community resolver of every intake path.
 */
@Injectable()
export class ClassificationService implements CommunityResolver {
  private readonly cache = new Map<string, { classifier: Classifier; until: number }>();

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
