import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AUDIT_ANCHOR_STORE, verifyAuditChain, type AuditAnchorStore } from '@app/audit';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE, Tenancy, TransactionRunner } from '@app/database';
import { HandlesJob, type JobHandler, type JobPayload } from '@app/queue';
import { Rooms } from '@app/realtime';
import { systemActor } from '@app/access';

/** The verification's progress is stored at most this often (every page of records, 2,000 by default). */
const PROGRESS_EVERY_MS = 500;

/**
 * Recomputes the audit chain, checks it against the checkpoints kept outside the database, and stores the verdict;
 * a broken chain is itself an audited event. A verification an admin asked for checks their street's chain and
 * stores its progress (records checked / total) as it goes; the scheduled run checks every street.
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
    const [requested] = payload.verificationId
      ? ((await this.dataSource.query(`SELECT street_code AS "streetCode" FROM audit_verification WHERE id = $1`, [payload.verificationId])) as {
          streetCode: string | null;
        }[])
      : [];
    const streetCode = requested?.streetCode ?? (await this.tenancy.defaultStreetCode());
    const actor = systemActor(streetCode, 'audit-verify');
    let lastWrite = 0;
    const onProgress = async ({ checked, total }: { checked: number; total: number }) => {
      // The first and the last figures are always stored; those between, at most every PROGRESS_EVERY_MS.
      if (!payload.verificationId) return;
      if (checked > 0 && checked < total && Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = Date.now();
      await this.tx.run(actor, async (t) => {
        await t.manager.query(
          `UPDATE audit_verification SET started_at = coalesce(started_at, $2), checked = $3, total = $4 WHERE id = $1 AND finished_at IS NULL`,
          [payload.verificationId, t.now, checked, total],
        );
      });
    };
    const verdicts = await verifyAuditChain(this.dataSource, {
      checkpoints: await this.anchors.recent(),
      streetCode: requested?.streetCode ?? undefined,
      onProgress,
    });
    const ok = verdicts.every((v) => v.ok);
    const checked = verdicts.reduce((sum, v) => sum + v.records, 0);
    await this.tx.run(actor, async (t) => {
      let id = payload.verificationId;
      if (id) {
        await t.manager.query(
          `UPDATE audit_verification SET finished_at = $2, ok = $3, result = $4::jsonb, checked = $5, total = greatest(coalesce(total, 0), $5) WHERE id = $1`,
          [id, this.clock.now(), ok, JSON.stringify(verdicts), checked],
        );
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
