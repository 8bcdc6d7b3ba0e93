import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { SessionActor } from '@app/auth';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { NotFoundError } from '@app/errors';
import { OrderQueries } from '@app/orders';

export interface AttachmentListItem {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
}

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

/** Reading attachments: the order page's list, and downloads for those who may read the order. */
@Injectable()
export class AttachmentQueries {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly orders: OrderQueries,
  ) {}

  forOrder(orderId: string): Promise<AttachmentListItem[]> {
    return this.dataSource.query(
      `SELECT id, file_name AS "fileName", content_type AS "contentType", size, uploaded_at AS "uploadedAt"
         FROM attachment WHERE order_id = $1 ORDER BY uploaded_at, id`,
      [orderId],
    );
  }

  /**
   * The file if the caller may read an order it belongs to (a unit sees only its orders' files), or uploaded it and
   * it is not attached yet; otherwise 404, never revealing that it exists. Every download is audited.
   */
  async download(actor: SessionActor, id: string): Promise<AttachmentFile> {
    const notFound = () => new NotFoundError('ATTACHMENT_NOT_FOUND', '附件不存在', { id });
    const [meta] = (await this.dataSource.query(
      'SELECT order_id, uploaded_by FROM attachment WHERE id = $1 AND street_code = $2',
      [id, actor.streetCode],
    )) as { order_id: string | null; uploaded_by: string }[];
    if (!meta) throw notFound();
    if (meta.order_id) {
      // Checked before the transaction: `visible` reads on its own connection (the embedded pool has one).
      await this.orders.visible(actor, meta.order_id).catch((error: unknown) => {
        throw error instanceof NotFoundError ? notFound() : error;
      });
    } else if (meta.uploaded_by !== actor.id) {
      throw notFound();
    }
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        'SELECT file_name, content_type, sha256, data FROM attachment WHERE id = $1',
        [id],
      )) as { file_name: string; content_type: string; sha256: string; data: Buffer }[];
      if (!row) throw notFound();
      t.audit({ action: 'attachment.download', entityType: 'attachment', entityId: id, after: { orderId: meta.order_id, fileName: row.file_name, sha256: row.sha256 } });
      return { fileName: row.file_name, contentType: row.content_type, data: row.data };
    });
  }
}
