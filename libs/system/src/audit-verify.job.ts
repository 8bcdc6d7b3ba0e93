import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AUDIT_ANCHOR_STORE, verifyAuditChain, type AuditAnchorStore } from '@app/audit';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, Tenancy, TransactionRunner } from '@app/database';
import { HandlesJob, type JobHandler, type JobPayload } from '@app/queue';
import { Rooms } from '@app/realtime';
import { systemActor } from '@app/access';

/**
 * Recomputes the audit chain, checks it against the checkpoints kept outside the database, and stores the verdict;
 * a broken chain is itself an audited event.
 */
@Injectable()
@HandlesJob('audit-verify')
export class AuditVerifyJob implements JobHandler<'audit-verify'> {
  private readonly logger = new Logger(AuditVerifyJob.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly tenancy: Tenancy,
    @Inject(AUDIT_ANCHOR_STORE) private readonly anchors: AuditAnchorStore,
  ) {}

  async handle(payload: JobPayload<'audit-verify'>): Promise<unknown> {
    const verdicts = await verifyAuditChain(this.dataSource, { checkpoints: await this.anchors.recent() });
    const ok = verdicts.every((v) => v.ok);
    const streetCode = await this.tenancy.defaultStreetCode();
    await this.tx.run(systemActor(streetCode, 'audit-verify'), async (t) => {
      let id = payload.verificationId;
      if (id) {
        await t.manager.query(`UPDATE audit_verification SET finished_at = $2, ok = $3, result = $4::jsonb WHERE id = $1`, [id, this.clock.now(), ok, JSON.stringify(verdicts)]);
      } else {
        const [row] = (await t.manager.query(
          `INSERT INTO audit_verification (requested_at, finished_at, ok, result) VALUES ($1, $1, $2, $3::jsonb) RETURNING id`,
          [this.clock.now(), ok, JSON.stringify(verdicts)],
        )) as { id: string }[];
        id = row.id;
      }
      if (!ok) {
        t.audit({ action: 'audit.chain_broken', entityType: 'audit_log', entityId: null, after: verdicts.filter((v) => !v.ok) });
        this.logger.error({ verdicts }, 'audit chain is broken');
      }
      const rooms = payload.requestedBy ? [Rooms.user(payload.requestedBy), Rooms.role('admin')] : [Rooms.role('admin')];
      t.emit('job.finished', rooms, { jobName: 'audit-verify', jobId: id, ok, result: verdicts });
    });
    return { ok, verdicts };
  }
}
