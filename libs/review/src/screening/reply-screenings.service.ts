import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { systemActor } from '@app/access';
import { DATA_SOURCE, TransactionRunner } from '@app/database';
import { OrderQueries, type OrderRow, type OrderType } from '@app/orders';
import { screenReply, type ScreenedReply, type ScreeningFinding } from '../domain/index.js';

export interface StoredScreening {
  replyAt: string;
  screenedAt: string;
  findings: ScreeningFinding[];
}

/**
 * Screens the order's current reply once and keeps the result (DESIGN §6: findings are stored and shown to the
 * reviewer). Screening runs when the reply is first looked at for review — no reviewer can see a reply before its
 * screening exists — and is keyed by the reply's submission time, so a new reply after a rejection is screened anew.
 */
@Injectable()
export class ReplyScreenings {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly orders: OrderQueries,
  ) {}

  async forOrder(row: OrderRow): Promise<StoredScreening | null> {
    const reply = row.reply as (ScreenedReply & { at?: string }) | null;
    const replyAt = reply?.at;
    if (!reply || !replyAt) return null;
    const found = await this.find(this.dataSource.manager, row.id, replyAt);
    if (found) return found;
    const findings = await this.screen(row, reply);
    return this.tx.run(systemActor(row.street_code, 'reply-screening'), async (t) => {
      await t.manager.query(
        `INSERT INTO reply_screening (order_id, reply_at, street_code, findings, screened_at) VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (order_id, reply_at) DO NOTHING`,
        [row.id, replyAt, row.street_code, JSON.stringify(findings), t.now],
      );
      t.audit({ action: 'reply.screened', entityType: 'order', entityId: row.id, after: { replyAt, findings: findings.map((f) => f.rule) } });
      return (await this.find(t.manager, row.id, replyAt))!;
    });
  }

  private async screen(row: OrderRow, reply: ScreenedReply): Promise<ScreeningFinding[]> {
    const phrases = (await this.dataSource.query('SELECT kind, phrase FROM screening_phrase WHERE street_code = $1', [row.street_code])) as { kind: string; phrase: string }[];
    return screenReply({
      reply,
      subReplies: (row.sub_replies ?? []).map((s) => ({ content: String(s.content ?? '') })),
      orderType: row.type as OrderType,
      callerPhone: this.orders.decryptPii(row).citizenPhone,
      evasivePhrases: phrases.filter((p) => p.kind === 'evasive').map((p) => p.phrase),
      prohibitedWords: phrases.filter((p) => p.kind === 'prohibited').map((p) => p.phrase),
    });
  }

  private async find(m: EntityManager, orderId: string, replyAt: string): Promise<StoredScreening | null> {
    const [row] = (await m.query(
      `SELECT reply_at AS "replyAt", screened_at AS "screenedAt", findings FROM reply_screening WHERE order_id = $1 AND reply_at = $2`,
      [orderId, replyAt],
    )) as StoredScreening[];
    return row ?? null;
  }
}
