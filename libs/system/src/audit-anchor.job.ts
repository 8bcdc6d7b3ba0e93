import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AUDIT_ANCHOR_STORE, takeAuditCheckpoint, type AuditAnchorStore } from '@app/audit';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { HandlesJob, type JobHandler } from '@app/queue';

/**
 * Anchors the audit chain (issue 13): every street's newest record, kept outside the database. Not itself audited —
 * a record per run would move the head it has just anchored.
 */
@Injectable()
@HandlesJob('audit-anchor')
export class AuditAnchorJob implements JobHandler<'audit-anchor'> {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_ANCHOR_STORE) private readonly anchors: AuditAnchorStore,
  ) {}

  async handle(): Promise<unknown> {
    const checkpoint = await takeAuditCheckpoint(this.dataSource, this.anchors, this.clock.now());
    return { at: checkpoint.at, streets: checkpoint.heads.length };
  }
}
