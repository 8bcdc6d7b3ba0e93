import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { ForbiddenError } from '@app/errors';
import { OrderQueries } from './order-queries.js';
import { seesClearPii } from './order-views.js';

/** 查看完整信息: the clear name and phone for someone entitled to call the citizen back, always audited. */
@Injectable()
export class RevealCitizenPii {
  constructor(
    private readonly queries: OrderQueries,
    private readonly tx: TransactionRunner,
  ) {}

  async execute(actor: SessionActor, orderId: string, reason: string | undefined) {
    const row = await this.queries.visible(actor, orderId);
    // Unit staff may call back only on orders their unit holds: the detail view's own rule. A unit that returned
    // or handed on the order still sees it (masked, read-only) but may no longer reveal it (issue 13).
    if (actor.role === 'unit' && !seesClearPii(actor, row)) {
      throw new ForbiddenError('ORDER_PII_NOT_HELD', '本单位已不再承办该工单，不能查看诉求人完整信息', { orderId });
    }
    const clear = this.queries.decryptPii(row);
    await this.tx.run(actor, async (t) => {
      t.audit({ action: 'order.pii.reveal', entityType: 'order', entityId: orderId, after: { fields: ['citizenName', 'citizenPhone'], reason: reason ?? null } });
    });
    return { orderId, ...clear };
  }
}
