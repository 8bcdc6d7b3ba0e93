import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, RequirePermission, type SessionActor } from '@app/auth';
import { AttachmentQueries } from '../use-cases/attachment-queries.js';
import { UploadAttachment, type UploadedFile as Upload } from '../use-cases/upload-attachment.use-case.js';
import { AttachmentLimitFilter } from './attachment-limit.filter.js';
import { sendFile } from './send-file.js';

@ApiTags('attachments 附件')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(
    private readonly upload: UploadAttachment,
    private readonly queries: AttachmentQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('attachment.upload')
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(AttachmentLimitFilter)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '上传附件（图片、PDF、.docx/.xlsx、.txt，按文件内容识别类型）；返回的 id 用于回复的 attachmentIds、退单或剔除申请的 evidenceIds' })
  create(@CurrentActor() actor: SessionActor, @UploadedFile() file: Upload | undefined) {
    return this.upload.execute(actor, file);
  }

  @Get(':id')
  @RequirePermission('order.read')
  @ApiOperation({ summary: '下载附件：可查看所属工单的用户，或尚未使用该附件的上传人' })
  async download(@CurrentActor() actor: SessionActor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const file = await this.queries.download(actor, id);
    sendFile(res, file);
  }
}
