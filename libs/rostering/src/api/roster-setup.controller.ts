import { Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody } from '@app/errors';
import { AbsenceBody, DemandBody, OverrideBody, RosterSetup, StaffBody, StaffUpdateBody, TemplateBody } from '../use-cases/roster-setup.use-case.js';

@ApiTags('roster 排班')
@ApiBearerAuth()
@Controller('roster')
export class RosterSetupController {
  constructor(private readonly setup: RosterSetup) {}

  @Get('templates')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '班次模板（早班、中班、夜班、行政班…）' })
  templates(@CurrentActor() actor: SessionActor) {
    return this.setup.templates(actor);
  }

  @Put('templates')
  @RequirePermission('admin.shift_templates', 'roster.manage')
  @ApiOperation({ summary: '新增或修改班次模板（按代码）' })
  saveTemplate(@CurrentActor() actor: SessionActor, @ValidBody(TemplateBody) body: z.infer<typeof TemplateBody>) {
    return this.setup.saveTemplate(actor, body);
  }

  @Get('staff')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '排班人员：技能、合同工时、请假与不可排班时段、偏好' })
  staff(@CurrentActor() actor: SessionActor) {
    return this.setup.staff(actor);
  }

  @Post('staff')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '新增排班人员' })
  createStaff(@CurrentActor() actor: SessionActor, @ValidBody(StaffBody) body: z.infer<typeof StaffBody>) {
    return this.setup.createStaff(actor, body);
  }

  @Put('staff/:code')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '修改排班人员（须带 version）' })
  updateStaff(@CurrentActor() actor: SessionActor, @Param('code') code: string, @ValidBody(StaffUpdateBody) body: z.infer<typeof StaffUpdateBody>) {
    return this.setup.updateStaff(actor, code, body);
  }

  @Post('staff/:code/absences')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '登记请假（按日期）或不可排班时段' })
  addAbsence(@CurrentActor() actor: SessionActor, @Param('code') code: string, @ValidBody(AbsenceBody) body: z.infer<typeof AbsenceBody>) {
    return this.setup.addAbsence(actor, code, body);
  }

  @Delete('staff/:code/absences/:id')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '撤销请假或不可排班时段' })
  removeAbsence(@CurrentActor() actor: SessionActor, @Param('code') code: string, @Param('id') id: string) {
    return this.setup.removeAbsence(actor, code, id);
  }

  @Get('demand')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '每周各小时坐席需求与派单资质需求，及按日期的调整' })
  demand(@CurrentActor() actor: SessionActor) {
    return this.setup.demand(actor);
  }

  @Put('demand')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '修改每周需求（7×24 矩阵，周一为第 0 行；须带 version）' })
  saveDemand(@CurrentActor() actor: SessionActor, @ValidBody(DemandBody) body: z.infer<typeof DemandBody>) {
    return this.setup.saveDemand(actor, body);
  }

  @Post('demand/overrides')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '按日期调整需求（节假日、供暖季首日、重大活动）' })
  addOverride(@CurrentActor() actor: SessionActor, @ValidBody(OverrideBody) body: z.infer<typeof OverrideBody>) {
    return this.setup.addOverride(actor, body);
  }

  @Delete('demand/overrides/:id')
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '删除按日期的需求调整' })
  removeOverride(@CurrentActor() actor: SessionActor, @Param('id') id: string) {
    return this.setup.removeOverride(actor, id);
  }
}
