import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { DEFAULT_STOP_WORDS, wordListDiff } from '@app/reference';
import { stopWordsOf } from '../keywords/stop-words.js';

export interface StopWordsView {
  words: string[];
  /** The list a new street starts with, for the admin to compare with or go back to. */
  defaults: readonly string[];
}

/**
 * 系统管理 → 停用词: the words the statistics' hotspot keywords leave out, per street. The list is replaced whole;
 * the audit record names the words added and removed. Keywords are filtered when read, so the 统计分析 page and the
 * analysis report follow on their next read — nothing to rebuild.
 */
@Injectable()
export class StopWordsAdmin {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async view(streetCode: string): Promise<StopWordsView> {
    return { words: await stopWordsOf(this.dataSource.manager, streetCode), defaults: DEFAULT_STOP_WORDS };
  }

  /** `words` arrive normalised (trimmed, deduplicated, checked) by the body schema. */
  async replace(actor: Actor, words: readonly string[]): Promise<StopWordsView & { added: string[]; removed: string[] }> {
    const street = actor.streetCode;
    return this.tx.run(actor, async (t) => {
      // Two admins saving at once: the second sees the first's list as its "before".
      await t.manager.query(`SELECT pg_advisory_xact_lock(hashtext('stop-words:' || $1))`, [street]);
      const before = await stopWordsOf(t.manager, street);
      const { added, removed } = wordListDiff(before, words);
      if (removed.length) await t.manager.query('DELETE FROM stop_word WHERE street_code = $1 AND word = ANY($2::text[])', [street, removed]);
      if (added.length) await t.manager.query('INSERT INTO stop_word (street_code, word) SELECT $1, unnest($2::text[])', [street, added]);
      t.audit({
        action: 'stats.stop_words.replace',
        entityType: 'stop_word',
        entityId: street,
        before: { removed, count: before.length },
        after: { added, count: before.length - removed.length + added.length },
      });
      return { words: await stopWordsOf(t.manager, street), defaults: DEFAULT_STOP_WORDS, added, removed };
    });
  }
}
