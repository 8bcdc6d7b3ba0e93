import { Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { returnedRows, TransactionRunner } from '@app/database';

/** An approved reply as the platform's 办结回复 file lists it. */
export interface ExportedReply {
  outboxId: string;
  upstreamNo: string;
  closedAt: Date;
  result: string | null;
  content: string;
  contacted: boolean | null;
  contactedAt: Date | null;
  contactMethod: string | null;
  unitName: string | null;
}

/**
 * The replies export (`GET /api/intake/exports/replies`) reads the approved replies from the outbox — what the
 * platform is owed — and records which it handed out: replies not yet delivered become 已导出 (who, when), so the
 * platform sync never sends them a second time. The file always lists the whole period, as before.
 */
@Injectable()
export class ReplyExports {
  constructor(private readonly tx: TransactionRunner) {}

  take(actor: SessionActor, period: { from?: Date; to?: Date }): Promise<ExportedReply[]> {
    return this.tx.run(actor, async (t) => {
      const rows = (await t.manager.query(
        `SELECT id, payload, status FROM outbox_message
          WHERE street_code = $1 AND topic = 'reply'
            AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)
          ORDER BY created_at, id`,
        [actor.streetCode, period.from ?? null, period.to ?? null],
      )) as { id: string; payload: Record<string, unknown>; status: string }[];
      const marked = returnedRows<{ id: string }>(await t.manager.query(
        `UPDATE outbox_message SET status = 'exported', exported_at = $2, exported_by = $3, next_attempt_at = NULL, updated_at = $2
          WHERE id = ANY($1::uuid[]) AND status IN ('pending', 'failed', 'manual') AND (claimed_until IS NULL OR claimed_until <= $2)
          RETURNING id`,
        [rows.map((r) => r.id), t.now, actor.id],
      ));
      t.audit({
        action: 'outbox.export_replies', entityType: 'outbox_message', entityId: null,
        after: { from: period.from ?? null, to: period.to ?? null, listed: rows.length, newlyExported: marked.length },
      });
      return rows.map((r) => exportedReply(r.id, r.payload));
    });
  }
}

const dateOrNull = (v: unknown) => (v ? new Date(v as string) : null);

function exportedReply(outboxId: string, p: Record<string, unknown>): ExportedReply {
  return {
    outboxId,
    upstreamNo: String(p.upstreamNo ?? ''),
    closedAt: new Date(p.closedAt as string),
    result: (p.result as string | null) ?? null,
    content: (p.content as string | undefined) ?? '',
    contacted: typeof p.contacted === 'boolean' ? p.contacted : null,
    contactedAt: dateOrNull(p.contactedAt),
    contactMethod: (p.contactMethod as string | null) ?? null,
    unitName: (p.unitName as string | null) ?? null,
  };
}
