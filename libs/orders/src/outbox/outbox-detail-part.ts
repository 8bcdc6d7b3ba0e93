import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OrderDetailParts } from '../use-cases/order-detail-parts.js';
import { OutboxQueries } from './outbox-queries.js';

/** `GET /api/orders/:id` carries `outbox`: the order's reports to the platform and notices to the citizen. */
@Injectable()
export class OutboxDetailPart implements OnModuleInit {
  constructor(
    private readonly parts: OrderDetailParts,
    private readonly queries: OutboxQueries,
  ) {}

  onModuleInit(): void {
    this.parts.register('outbox', (row, actor) => this.queries.forOrder(row, actor));
  }
}
