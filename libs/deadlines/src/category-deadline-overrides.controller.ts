import { Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { CategoryDeadlineOverride } from '@app/calendar';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidationError, ValidBody } from '@app/errors';
import { CategoryDeadlineOverridesService } from './category-deadline-overrides.service.js';
import { categoryOverrideFieldErrors } from './deadline-policy.validation.js';

// Shapes only; types, urgencies and durations are checked by the calendar lib's validator with Chinese messages.
const duration = z.unknown().nullable().optional();
const OverrideBody = z.object({
  categoryPrefix: z.string().max(200, '最多 200 个字符'),
  type: z.string().nullable().optional(),
  urgency: z.string().nullable().optional(),
  signWithin: duration,
  contactWithin: duration,
  unitReplyWithin: duration,
  reviewWithin: duration,
});
const UpdateOverrideBody = OverrideBody.extend({ version: z.number().int().min(1) });

function validRule(body: z.infer<typeof OverrideBody>): CategoryDeadlineOverride {
  const candidate = { ...body, type: body.type ?? null, urgency: body.urgency ?? null };
  const fields = categoryOverrideFieldErrors(candidate);
  if (fields.length > 0) throw new ValidationError(fields);
  return candidate as unknown as CategoryDeadlineOverride;
}

/** Category exceptions to the deadline policy table (DESIGN §4). */
@ApiTags('admin 节假日与时限')
@ApiBearerAuth()
@Controller('admin/deadline-policies/overrides')
export class CategoryDeadlineOverridesController {
  constructor(private readonly overrides: CategoryDeadlineOverridesService) {}

  @Get()
  @RequirePermission('admin.policies', 'order.read')
  @ApiOperation({ summary: '分类时限：某分类（及其下级）的签收、联系、回复、初审时限' })
  list(@CurrentActor() actor: SessionActor) {
    return this.overrides.list(actor.streetCode);
  }

  @Post()
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '新增分类时限（同一分类、诉求类型、紧急程度仅一条）' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(OverrideBody) body: z.infer<typeof OverrideBody>) {
    return this.overrides.create(actor, validRule(body));
  }

  @Patch(':id')
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '修改分类时限（整条替换，带 version）' })
  update(
    @CurrentActor() actor: SessionActor,
    @Param('id', ParseUUIDPipe) id: string,
    @ValidBody(UpdateOverrideBody) body: z.infer<typeof UpdateOverrideBody>,
  ) {
    const { version, ...rule } = body;
    return this.overrides.update(actor, id, version, validRule(rule));
  }

  @Delete(':id')
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '删除分类时限（已开始的时限不变）' })
  remove(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.overrides.remove(actor, id);
  }
}
