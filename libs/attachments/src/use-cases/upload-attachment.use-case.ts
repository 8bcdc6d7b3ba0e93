import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/database';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '@app/errors';
import { ACCEPTED_EXTENSIONS, ATTACHMENT_KINDS, extensionOf, sniffFileType } from '../domain/sniff-file-type.js';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

const ACCEPTED = '图片（.jpg/.png/.webp）、PDF、Word（.docx）、Excel（.xlsx）或 UTF-8 文本（.txt）';

/**
 * `POST /api/attachments`: keeps one file, not yet attached to any order. An order action or exclusion request
 * that names it links it to its order (libs/orders attachment-refs); until then only the uploader may use it.
 */
@Injectable()
export class UploadAttachment {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {}

  async execute(actor: SessionActor, file: UploadedFile | undefined): Promise<AttachmentInfo> {
    if (!file || !file.buffer?.length) throw new BadRequestError('ATTACHMENT_FILE_MISSING', '请选择要上传的文件（表单字段 file）');
    const max = this.config.attachments.maxBytes;
    if (file.size > max) throw tooLarge(file.size, max);
    // multer reads multipart file names as latin1; browsers send UTF-8 (中文文件名).
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200);
    const kind = sniffFileType(file.buffer);
    if (!kind) {
      throw new UnsupportedMediaTypeError('ATTACHMENT_UNSUPPORTED_TYPE', `文件“${fileName}”的内容不是可接受的类型：请上传${ACCEPTED}`, { fileName, accepted: ACCEPTED_EXTENSIONS });
    }
    const { contentType, extensions } = ATTACHMENT_KINDS[kind];
    if (!(extensions as readonly string[]).includes(extensionOf(fileName))) {
      throw new UnsupportedMediaTypeError('ATTACHMENT_TYPE_MISMATCH', `文件“${fileName}”的扩展名与内容不符（内容为 .${extensions[0]}），请确认后重新上传`, { fileName, detected: kind });
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO attachment (street_code, file_name, content_type, size, sha256, data, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [actor.streetCode, fileName, contentType, file.size, sha256, file.buffer, actor.id, t.now],
      )) as { id: string }[];
      const info = { id: row.id, fileName, contentType, size: file.size, sha256 };
      t.audit({ action: 'attachment.upload', entityType: 'attachment', entityId: row.id, after: { fileName, contentType, size: file.size, sha256 } });
      return info;
    });
  }
}

export function tooLarge(size: number | undefined, maxBytes: number): PayloadTooLargeError {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const what = size ? `文件大小 ${mb(size)} MB，` : '文件';
  return new PayloadTooLargeError('ATTACHMENT_TOO_LARGE', `${what}超过 ${mb(maxBytes)} MB 上限，请压缩后再上传`, { maxBytes });
}
