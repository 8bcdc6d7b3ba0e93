import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission } from '@app/auth';
import { ValidQuery } from '@app/errors';
import { QUEUE_DRIVER, type QueueDriver } from '@app/queue';

const JobsQuery = z.object({
  state: z.enum(['waiting', 'delayed', 'active', 'completed', 'failed']).default('failed'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Failed jobs are visible to admins with their error (DESIGN §9). */
@ApiTags('system 系统')
@ApiBearerAuth()
@Controller('admin/jobs')
@RequirePermission('admin.jobs')
export class JobsController {
  constructor(@Inject(QUEUE_DRIVER) private readonly queue: QueueDriver) {}

  @Get()
  @ApiOperation({ summary: '后台任务（默认：失败的任务及错误）' })
  async list(@ValidQuery(JobsQuery) q: z.infer<typeof JobsQuery>) {
    const items = await this.queue.list(q.state, q.limit);
    return { items, total: items.length, driver: this.queue.kind };
  }
}
