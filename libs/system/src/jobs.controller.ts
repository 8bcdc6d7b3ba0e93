import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { maskFreeTextFields } from '@app/access';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { TransactionRunner } from '@app/database';
import { ConflictError, NotFoundError, ValidQuery } from '@app/errors';
import { QUEUE_DRIVER, type JobView, type QueueDriver } from '@app/queue';

const JobsQuery = z.object({
  state: z.enum(['waiting', 'delayed', 'active', 'completed', 'failed']).default('failed'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Job ids are BullMQ's (digits) or ours (`audit-verify-<uuid>`): no ':' and nothing a key could be built from. */
const JobId = z.string().regex(/^[\w.-]{1,200}$/);

/** What an admin sees of a job: its data with personal data masked in free text. */
function shown(job: JobView): JobView {
  return { ...job, payload: maskFreeTextFields(job.payload) };
}

/** Failed jobs are visible to admins with their error, and can be run again (DESIGN §9). */
@ApiTags('system 系统')
@ApiBearerAuth()
@Controller('admin/jobs')
@RequirePermission('admin.jobs')
export class JobsController {
  constructor(
    @Inject(QUEUE_DRIVER) private readonly queue: QueueDriver,
    private readonly tx: TransactionRunner,
  ) {}

  @Get()
  @ApiOperation({ summary: '后台任务（默认：失败的任务，含错误、堆栈开头、尝试次数、失败时间）' })
  async list(@ValidQuery(JobsQuery) q: z.infer<typeof JobsQuery>) {
    const items = (await this.queue.list(q.state, q.limit)).map(shown);
    return { items, total: items.length, driver: this.queue.kind };
  }

  @Get('summary')
  @ApiOperation({ summary: '各队列的任务数（等待、执行中、延迟、失败、完成）' })
  async summary() {
    return { queues: await this.queue.counts(), driver: this.queue.kind };
  }

  @Get('schedules')
  @ApiOperation({ summary: '定时任务及下次运行时间' })
  async schedules() {
    return { items: await this.queue.schedules(), driver: this.queue.kind };
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: '重试一个失败的任务（记入审计）' })
  async retry(@CurrentActor() actor: SessionActor, @Param('id') rawId: string) {
    const parsed = JobId.safeParse(rawId);
    const job = parsed.success ? await this.queue.get(parsed.data) : null;
    if (!job) throw new NotFoundError('JOB_NOT_FOUND', '任务不存在或已过保留期');
    if (job.state !== 'failed') throw new ConflictError('JOB_NOT_FAILED', '只能重试失败的任务', { state: job.state });
    // Recorded first, retried after the commit: a retry the trail does not show never happens. A retry that another
    // admin got to first leaves the record (someone asked) and answers 409.
    await this.tx.run(actor, async (t) => {
      t.audit({
        action: 'job.retried', entityType: 'job', entityId: job.id,
        before: { name: job.name, queue: job.queue, state: job.state, attempts: job.attempts, error: job.error },
      });
    });
    const outcome = await this.queue.retry(job.id);
    if (outcome === 'not_found') throw new NotFoundError('JOB_NOT_FOUND', '任务不存在或已过保留期');
    if (outcome === 'not_failed') throw new ConflictError('JOB_NOT_FAILED', '只能重试失败的任务');
    return shown((await this.queue.get(job.id)) ?? job);
  }
}
