import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { ValidQuery } from '@app/errors';
import { toCsv } from '../export/csv-writer.js';
import { ImportListQuery, ImportQueries, ImportRowsQuery } from './import-queries.js';
import { UploadLimitFilter } from './upload-limit.filter.js';
import { StartImport, type UploadedFile as Upload } from './start-import.use-case.js';

@ApiTags('imports 平台导出导入')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly start: StartImport,
    private readonly queries: ImportQueries,
  ) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('order.import')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(UploadLimitFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '上传 12345 平台导出文件（.xlsx / .csv，UTF-8 或 GBK），后台逐行导入，进度经 import.progress 推送' })
  upload(@CurrentActor() actor: SessionActor, @UploadedFile() file: Upload | undefined) {
    return this.start.execute(actor, file);
  }

  @Get()
  @RequirePermission('order.import')
  @ApiOperation({ summary: '导入记录列表' })
  list(@CurrentActor() actor: SessionActor, @ValidQuery(ImportListQuery) q: ImportListQuery) {
    return this.queries.list(actor, q);
  }

  @Get(':id')
  @RequirePermission('order.import')
  @ApiOperation({ summary: '导入结果：状态、进度、新建/更新/无变化/错误计数，以及每个错误行（行号、列、原因）' })
  detail(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string) {
    return this.queries.detail(actor, id);
  }

  @Get(':id/rows')
  @RequirePermission('order.import')
  @ApiOperation({ summary: '逐行结果（可按 outcome 筛选）' })
  rows(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @ValidQuery(ImportRowsQuery) q: ImportRowsQuery) {
    return this.queries.rows(actor, id, q);
  }

  @Get(':id/report.csv')
  @RequirePermission('order.import')
  @ApiOperation({ summary: '下载逐行结果报告（CSV）' })
  async report(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const { items } = await this.queries.rows(actor, id, { page: 1, pageSize: 1_000_000 });
    const body = toCsv(
      ['行号', '工单编号', '结果', '变化字段', '错误列', '错误原因'],
      items.map((r) => {
        const row = r as unknown as { rowNo: number; upstreamNo: string | null; outcomeLabel: string; changedFields: string[]; errors: { column: string; message: string }[] };
        return [row.rowNo, row.upstreamNo, row.outcomeLabel, row.changedFields.join('、'), row.errors.map((e) => e.column).join('；'), row.errors.map((e) => e.message).join('；')];
      }),
    );
    res.set({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`导入结果-${id}.csv`)}` });
    res.send(body);
  }

  @Get(':id/file')
  @RequirePermission('order.import')
  @ApiOperation({ summary: '下载当初上传的原始文件（审计）' })
  async file(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const file = await this.queries.file(actor, id);
    const type = file.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    res.set({ 'content-type': type, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` });
    res.send(file.data);
  }
}
