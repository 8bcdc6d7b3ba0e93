import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { sendFile } from '@app/attachments';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidBody, ValidQuery } from '@app/errors';
import { ReportQueries } from '../store/report-queries.js';
import { ReportSchedules } from './report-schedules.js';
import { RequestReport } from './request-report.use-case.js';
import { DownloadQuery, ReportListQuery, ReportRequestBody } from './report-request.body.js';

/** 报表 (DESIGN §9): request a run, follow it, list versions, download. */
@ApiTags('reports 报表')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly request: RequestReport,
    private readonly queries: ReportQueries,
    private readonly schedules: ReportSchedules,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('report.generate')
  @ApiOperation({ summary: '生成报表（月度台账 / 民意分析报告 / 费用确认单）：排队后台生成，进度经 report.progress 推送，完成后为新版本' })
  create(@CurrentActor() actor: SessionActor, @ValidBody(ReportRequestBody) body: ReportRequestBody) {
    return this.request.execute(actor, body);
  }

  @Get()
  @RequirePermission('report.read')
  @ApiOperation({ summary: '报表版本列表：类型、周期、版本、状态与进度、生成人与时间、文件大小与校验和' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(ReportListQuery) q: z.infer<typeof ReportListQuery>) {
    return this.queries.list(actor, q);
  }

  @Get('schedules')
  @RequirePermission('report.read')
  @ApiOperation({ summary: '定时生成计划及下次运行时间' })
  listSchedules(@CurrentActor() actor: SessionActor) {
    return this.schedules.list(actor);
  }

  @Get(':id')
  @RequirePermission('report.read')
  @ApiOperation({ summary: '一次报表生成的状态与文件' })
  get(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.get(actor, id);
  }

  @Get(':id/download')
  @RequirePermission('report.read')
  @ApiOperation({ summary: '下载报表文件（format=xlsx/docx/pdf，缺省为第一个）；下载留痕' })
  async download(
    @CurrentActor() actor: SessionActor,
    @Param('id', ParseUUIDPipe) id: string,
    @ValidQuery(DownloadQuery) q: z.infer<typeof DownloadQuery>,
    @Res() res: Response,
  ) {
    sendFile(res, await this.queries.download(actor, id, q.format));
  }
}
