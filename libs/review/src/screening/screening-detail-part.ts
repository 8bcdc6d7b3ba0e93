import { Injectable, type OnModuleInit } from '@nestjs/common';
import { can } from '@app/access';
import { OrderDetailParts } from '@app/orders';
import { ReplyScreenings } from './reply-screenings.service.js';

/**
 * The reply's screening findings on the order page, for those who judge replies: the findings quote the reply's
 * text, third-party ID and phone numbers included, so only holders of `order.approve` see them.
 */
@Injectable()
export class ScreeningDetailPart implements OnModuleInit {
  constructor(
    private readonly parts: OrderDetailParts,
    private readonly screenings: ReplyScreenings,
  ) {}

  onModuleInit(): void {
    this.parts.register('screening', async (row, actor) =>
      can(actor.role, 'order.approve') && row.reply ? ((await this.screenings.forOrder(row)) ?? undefined) : undefined,
    );
  }
}
