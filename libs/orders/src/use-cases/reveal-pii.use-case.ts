import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { OrderQueries } from './order-queries.js';

/** 查看完整信息: the clear name and phone for someone entitled to call the citizen back, always audited. */
@Injectable()
export class RevealCitizenPii {
  constructor(
    private readonly queries: OrderQueries,
    private readonly tx: TransactionRunner,
  ) {}

  async execute(actor: SessionActor, orderId: string, reason: string | undefined) {
    const row = await this.queries.visible(actor, orderId);
    const clear = this.queries.decryptPii(row);
    await this.tx.run(actor, async (t) => {
      t.audit({ action: 'order.pii.reveal', entityType: 'order', entityId: orderId, after: { fields: ['citizenName', 'citizenPhone'], reason: reason ?? null } });
    });
    return { orderId, ...clear };
  }
}
