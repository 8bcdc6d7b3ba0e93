import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import { Attendance, CheckInBody } from '../use-cases/attendance.use-case.js';
import { ConfirmHandoverBody, HandoverNoteBody, Handovers, PrepareHandoverBody } from '../use-cases/handovers.use-case.js';
import { CoverSickCallBody, SickCallBody, SickCalls } from '../use-cases/sick-calls.use-case.js';
import { DecideBody, SwapRequestBody, SwapRequests, type SwapRequestInput } from '../use-cases/swap-requests.use-case.js';

const StatusQuery = z.object({ status: z.string().max(16).optional() });
const DateQuery = z.object({ date: z.iso.date('日期格式应为 YYYY-MM-DD').optional() });
const RequiredDateQuery = z.object({ date: z.iso.date('日期格式应为 YYYY-MM-DD') });

@ApiTags('roster 排班')
@ApiBearerAuth()
@Controller('roster')
export class RosterOperationsController {
  constructor(
    private readonly swaps: SwapRequests,
    private readonly sickCalls: SickCalls,
    private readonly attendance: Attendance,
    private readonly handovers: Handovers,
  ) {}

  @Get('swaps')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '换班、代班申请' })
  listSwaps(@CurrentActor() actor: SessionActor, @ValidQuery(StatusQuery) q: z.infer<typeof StatusQuery>) {
    return this.swaps.list(actor, q.status);
  }

  @Post('swaps')
  @RequirePermission('roster.swap.request')
  @ApiOperation({ summary: '申请换班（swap）或代班（cover）：先经排班规则校验，违反时拒绝并说明规则与人员' })
  requestSwap(@CurrentActor() actor: SessionActor, @ValidBody(SwapRequestBody) body: SwapRequestInput) {
    return this.swaps.request(actor, body);
  }

  @Post('swaps/:id/approve')
  @HttpCode(200)
  @RequirePermission('roster.swap.decide')
  @ApiOperation({ summary: '值班长批准换班（重新校验后生效）' })
  approveSwap(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(DecideBody) body: z.infer<typeof DecideBody>) {
    return this.swaps.approve(actor, id, body);
  }

  @Post('swaps/:id/reject')
  @HttpCode(200)
  @RequirePermission('roster.swap.decide')
  @ApiOperation({ summary: '值班长驳回换班申请' })
  rejectSwap(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(DecideBody) body: z.infer<typeof DecideBody>) {
    return this.swaps.reject(actor, id, body);
  }

  @Get('sick-calls')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '病假缺岗记录' })
  listSickCalls(@CurrentActor() actor: SessionActor, @ValidQuery(StatusQuery) q: z.infer<typeof StatusQuery>) {
    return this.sickCalls.list(actor, q.status);
  }

  @Post('sick-calls')
  @RequirePermission('roster.sick_call')
  @ApiOperation({ summary: '报病假：撤下班次，给出缺口时段与符合全部硬性规则的顶班人选（排序）' })
  reportSick(@CurrentActor() actor: SessionActor, @ValidBody(SickCallBody) body: z.infer<typeof SickCallBody>) {
    return this.sickCalls.report(actor, body);
  }

  @Post('sick-calls/:id/cover')
  @HttpCode(200)
  @RequirePermission('roster.manage')
  @ApiOperation({ summary: '指定顶班人员（重新校验后生效）' })
  cover(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(CoverSickCallBody) body: z.infer<typeof CoverSickCallBody>) {
    return this.sickCalls.cover(actor, id, body);
  }

  @Post('check-in')
  @HttpCode(200)
  @RequirePermission('roster.checkin')
  @ApiOperation({ summary: '签到（班前 60 分钟起），记录迟到分钟数；值班长可代他人签到' })
  checkIn(@CurrentActor() actor: SessionActor, @ValidBody(CheckInBody) body: z.infer<typeof CheckInBody>) {
    return this.attendance.checkIn(actor, body.staffCode);
  }

  @Post('check-out')
  @HttpCode(200)
  @RequirePermission('roster.checkin')
  @ApiOperation({ summary: '签退，记录早退分钟数' })
  checkOut(@CurrentActor() actor: SessionActor, @ValidBody(CheckInBody) body: z.infer<typeof CheckInBody>) {
    return this.attendance.checkOut(actor, body.staffCode);
  }

  @Get('attendance')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '某日考勤：每个班次的签到、迟到、早退、缺勤' })
  attendanceOf(@CurrentActor() actor: SessionActor, @ValidQuery(RequiredDateQuery) q: z.infer<typeof RequiredDateQuery>) {
    return this.attendance.ofDate(actor, q.date);
  }

  @Get('handovers')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '交接班记录' })
  listHandovers(@CurrentActor() actor: SessionActor, @ValidQuery(DateQuery) q: z.infer<typeof DateQuery>) {
    return this.handovers.list(actor, q.date);
  }

  @Post('handovers')
  @RequirePermission('roster.handover')
  @ApiOperation({ summary: '生成某班次的交接班单：未办结工单、临近到期的时限（已生成则返回原单）' })
  prepareHandover(@CurrentActor() actor: SessionActor, @ValidBody(PrepareHandoverBody) body: z.infer<typeof PrepareHandoverBody>) {
    return this.handovers.prepare(actor, body.date, body.shiftCode);
  }

  @Get('handovers/:id')
  @RequirePermission('roster.read')
  @ApiOperation({ summary: '交接班单详情' })
  handover(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.handovers.detail(actor, id);
  }

  @Post('handovers/:id/notes')
  @HttpCode(200)
  @RequirePermission('roster.handover')
  @ApiOperation({ summary: '添加交接事项' })
  addNote(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(HandoverNoteBody) body: z.infer<typeof HandoverNoteBody>) {
    return this.handovers.addNote(actor, id, body);
  }

  @Post('handovers/:id/confirm')
  @HttpCode(200)
  @RequirePermission('roster.handover')
  @ApiOperation({ summary: '接班确认（接班人员或值班长）' })
  confirm(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidBody(ConfirmHandoverBody) body: z.infer<typeof ConfirmHandoverBody>) {
    return this.handovers.confirm(actor, id, body);
  }
}
