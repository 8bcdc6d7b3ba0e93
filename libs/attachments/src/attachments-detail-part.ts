import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OrderDetailParts } from '@app/orders';
import { AttachmentQueries } from './use-cases/attachment-queries.js';

/**
 * The order page lists the files its actions used (reply attachments, return and exclusion evidence). The page is
 * shown only to those who may read the order, and they may download every listed file, so no further check here.
 * The part takes the detail's `attachments` key, replacing the order row's `attachments` jsonb column (never
 * written: intake carries no files), so DESIGN §2's field now means these files.
 */
@Injectable()
export class AttachmentsDetailPart implements OnModuleInit {
  constructor(
    private readonly parts: OrderDetailParts,
    private readonly queries: AttachmentQueries,
  ) {}

  onModuleInit(): void {
    this.parts.register('attachments', (row) => this.queries.forOrder(row.id));
  }
}
