/**
 * The whole file cannot be imported: the import ends `failed` with this code and message (shown on the import
 * page), and the job is not retried — the same bytes would fail the same way.
 */
export class ImportFileError extends Error {
  constructor(readonly code: string, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Anything the xlsx reader cannot make sense of: a broken zip, bad XML, a missing sheet. */
export function unreadableXlsx(reason: string): ImportFileError {
  return new ImportFileError('IMPORT_UNREADABLE_FILE', '无法读取该 .xlsx 文件（文件已损坏或不是有效的 Excel 工作簿），请从 12345 平台重新导出后再导入', { reason });
}
