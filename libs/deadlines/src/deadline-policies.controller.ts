import { Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidationError, ValidBody } from '@app/errors';
import { DeadlinePolicyAdminService } from './deadline-policy-admin.service.js';
import { deadlinePolicyFieldErrors, normalizedPolicyRows } from './deadline-policy.validation.js';

const PolicyTableBody = z.object({
  // Each row is checked by the calendar lib's validator afterwards, which reports every problem by row and field.
  rows: z.array(z.unknown()).max(200, '时限设置最多 200 行'),
});

/** The deadline policy table (type × urgency), DESIGN §4. */
@ApiTags('admin 节假日与时限')
@ApiBearerAuth()
@Controller('admin/deadline-policies')
export class DeadlinePoliciesController {
  constructor(private readonly policies: DeadlinePolicyAdminService) {}

  @Get()
  @RequirePermission('admin.policies', 'order.read')
  @ApiOperation({ summary: '时限设置表（诉求类型 × 紧急程度，共 21 行）' })
  view(@CurrentActor() actor: SessionActor) {
    return this.policies.view(actor.streetCode);
  }

  @Put()
  @RequirePermission('admin.policies')
  @ApiOperation({ summary: '整体保存时限设置表（须包含全部类型 × 紧急程度）' })
  replace(@CurrentActor() actor: SessionActor, @ValidBody(PolicyTableBody) body: z.infer<typeof PolicyTableBody>) {
    const fields = deadlinePolicyFieldErrors(body.rows);
    if (fields.length > 0) throw new ValidationError(fields);
    return this.policies.replace(actor, normalizedPolicyRows(body.rows));
  }
}
