import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SessionActor } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/database';
import { BadRequestError, PayloadTooLargeError } from '@app/errors';
import { JobQueue } from '@app/queue';
import { detectFormat } from './import-source.js';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * `POST /api/imports`: keeps the uploaded file (in the database, for audit) and queues the `upstream-import` job.
 * The file is checked here only for what needs no parsing (present, format, size); rows are the job's work.
 */
@Injectable()
export class StartImport {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly jobs: JobQueue,
  ) {}

  async execute(actor: SessionActor, file: UploadedFile | undefined): Promise<{ id: string; status: string; fileName: string }> {
    if (!file || !file.buffer?.length) throw new BadRequestError('IMPORT_FILE_MISSING', '请选择要导入的文件（表单字段 file）');
    const max = this.config.intake.maxImportBytes;
    if (file.size > max) {
      throw new PayloadTooLargeError('IMPORT_FILE_TOO_LARGE', `文件大小 ${mb(file.size)} MB，超过 ${mb(max)} MB 上限，请拆分后分批导入`, { size: file.size, maxBytes: max });
    }
    // multer reads multipart file names as latin1; browsers send UTF-8 (中文文件名).
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const format = detectFormat(fileName, file.buffer);
    if (!format) throw new BadRequestError('IMPORT_UNSUPPORTED_FORMAT', `不支持的文件类型“${fileName}”：请上传 12345 平台导出的 .xlsx 或 .csv 文件`, { fileName });
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.tx.run(actor, async (t) => {
      const [row] = (await t.manager.query(
        `INSERT INTO order_import (street_code, file_name, file_format, file_size, file_sha256, file_data, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, status`,
        [actor.streetCode, fileName, format, file.size, sha256, file.buffer, actor.id, t.now],
      )) as { id: string; status: string }[];
      t.audit({ action: 'import.upload', entityType: 'order_import', entityId: row.id, after: { fileName, format, size: file.size, sha256 } });
      t.afterCommit(() => this.jobs.enqueue('upstream-import', { importId: row.id }, { jobId: `import-${row.id}` }).then(() => undefined));
      return { id: row.id, status: row.status, fileName };
    });
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
