import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE, returnedRows, TransactionRunner } from '@app/database';
import { NotFoundError } from '@app/errors';
import { PHRASE_KINDS } from '../domain/index.js';

export const CreatePhraseBody = z.object({
  kind: z.enum(PHRASE_KINDS),
  phrase: z.string().trim().min(2).max(50),
});

/** The admin's word lists for reply screening (DESIGN §6). */
@Injectable()
export class ScreeningPhrases {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  list(actor: SessionActor) {
    return this.dataSource.query('SELECT id, kind, phrase FROM screening_phrase WHERE street_code = $1 ORDER BY kind, phrase', [actor.streetCode]);
  }

  add(actor: SessionActor, body: z.infer<typeof CreatePhraseBody>) {
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO screening_phrase (street_code, kind, phrase) VALUES ($1, $2, $3)
         ON CONFLICT (street_code, kind, phrase) DO UPDATE SET phrase = EXCLUDED.phrase RETURNING id, kind, phrase`,
        [actor.streetCode, body.kind, body.phrase],
      )) as { id: string }[];
      t.audit({ action: 'review.phrase.add', entityType: 'screening_phrase', entityId: row.id, after: row });
      return row;
    });
  }

  remove(actor: SessionActor, id: string) {
    return this.tx.run(actor, async (t) => {
      const rows = returnedRows<{ id: string }>(
        await t.manager.query('DELETE FROM screening_phrase WHERE street_code = $1 AND id = $2 RETURNING id, kind, phrase', [actor.streetCode, id]),
      );
      if (rows.length === 0) throw new NotFoundError('SCREENING_PHRASE_NOT_FOUND', '该词条不存在', { id });
      t.audit({ action: 'review.phrase.remove', entityType: 'screening_phrase', entityId: id, before: rows[0] });
    });
  }
}
