import { Catch, PayloadTooLargeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';

/** multer stops an upload past the size limit before the use case sees it; say which limit, in Chinese. */
@Catch(PayloadTooLargeException)
export class UploadLimitFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string; uploadLimitBytes?: number }>();
    http.getResponse<Response>().status(413).json({
      code: 'IMPORT_FILE_TOO_LARGE',
      message: '上传的文件超过大小上限，请拆分后分批导入',
      details: {},
      requestId: req.id,
    });
  }
}
