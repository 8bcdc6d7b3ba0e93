import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { SessionActor } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/database';
import { CitizenPii } from '@app/orders';
import { candidateViews } from './candidate-views.js';
import { DuplicateFinder } from './duplicate-finder.js';

/**
 * What the intake form has typed so far. Everything optional: the form calls this while the operator types, so
 * "only a phone" or "only an address" are normal. A half-typed phone is not an error, it simply matches nobody.
 */
export const CheckDuplicatesBody = z
  .object({
    citizenPhone: z.string().trim().max(40).regex(/^[\d\s+()（）\-－]*$/, '电话号码只能包含数字、空格、括号、加号和连字符').optional(),
    address: z.string().trim().max(200).optional(),
    content: z.string().trim().max(5000).optional(),
    category: z.string().trim().max(200).optional(),
    receivedAt: z.iso.datetime({ offset: true, message: '应为带时区的 ISO 8601 时间，例如 2026-11-27T09:30:00+08:00' }).optional(),
  })
  .refine((v) => Boolean(v.citizenPhone || v.address || v.content), { path: ['citizenPhone'], message: '请至少填写来电号码、地址或诉求内容之一' });
export type CheckDuplicatesInput = z.infer<typeof CheckDuplicatesBody>;

/**
 * The pre-submit duplicate check (issue 10): the same finder and rules as the check after intake, run on the form's
 * fields, so the operator sees the repeat call while the citizen is still on the line. Reads only.
 */
@Injectable()
export class CheckDuplicates {
  private readonly pii: CitizenPii;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly finder: DuplicateFinder,
  ) {
    this.pii = new CitizenPii(config.piiKey);
  }

  async check(actor: SessionActor, input: CheckDuplicatesInput) {
    return this.tx.run(actor, async (t) => {
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : t.now;
      const { candidates, method } = await this.finder.find(t.manager, {
        streetCode: actor.streetCode, phoneHash: this.pii.phoneHash(input.citizenPhone), receivedAt,
        address: input.address || null, content: input.content || null, category: input.category || null,
      });
      return {
        suspected: candidates.length > 0,
        method,
        candidates: await candidateViews(t.manager, actor, this.pii, candidates),
      };
    });
  }
}
