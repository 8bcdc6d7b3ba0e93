import { Catch, Inject, PayloadTooLargeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';

/**
 * multer stops an upload past the size limit before the use case sees it (and answers with Nest's English 413);
 * answer with this lib's code and the Chinese message instead.
 */
@Catch(PayloadTooLargeException)
export class AttachmentLimitFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const maxBytes = this.config.attachments.maxBytes;
    http.getResponse<Response>().status(413).json({
      code: 'ATTACHMENT_TOO_LARGE',
      message: `文件超过 ${(maxBytes / 1024 / 1024).toFixed(0)} MB 上限，请压缩后再上传`,
      details: { maxBytes },
      requestId: req.id,
    });
  }
}
