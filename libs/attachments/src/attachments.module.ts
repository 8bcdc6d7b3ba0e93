import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OrdersModule } from '@app/orders';
import { AttachmentLimitFilter } from './api/attachment-limit.filter.js';
import { AttachmentsController } from './api/attachments.controller.js';
import { AttachmentsDetailPart } from './attachments-detail-part.js';
import { AttachmentQueries } from './use-cases/attachment-queries.js';
import { UploadAttachment } from './use-cases/upload-attachment.use-case.js';

/**
 * Files attached to orders (DESIGN §2, §3): upload, download, and the order page's list. Order actions and
 * exclusion requests check and link the files they name themselves (libs/orders attachment-refs).
 */
@Module({
  imports: [
    OrdersModule,
    // One byte over the configured limit is enough for multer to tell "too large" without buffering more.
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.attachments.maxBytes + 1, files: 1 } }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [AttachmentsController],
  providers: [UploadAttachment, AttachmentQueries, AttachmentsDetailPart, AttachmentLimitFilter],
})
export class AttachmentsModule {}
