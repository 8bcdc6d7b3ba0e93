import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AUDIT_ANCHOR_STORE, takeAuditCheckpoint, type AuditAnchorStore, type ChainHead } from '@app/audit';
import { DATA_SOURCE } from '@app/database';

/**
 * The audit chain's head to print in the ledger (issue 13): a checkpoint taken as the ledger is written, kept with
 * the five-minute ones too. On paper, filed with the street office, it outlives anything done to Redis or the server.
 */
@Injectable()
export class LedgerAnchorSource {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_ANCHOR_STORE) private readonly anchors: AuditAnchorStore,
  ) {}

  async headOf(streetCode: string, at: Date): Promise<ChainHead | null> {
    const checkpoint = await takeAuditCheckpoint(this.dataSource, this.anchors, at);
    return checkpoint.heads.find((h) => h.streetCode === streetCode) ?? null;
  }
}
