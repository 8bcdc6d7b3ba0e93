import type { ImportStatus } from '../../api/intake-types';

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  queued: '排队中',
  running: '导入中',
  done: '已完成',
  failed: '失败',
};

/** antd `Tag` colours of the statuses. */
export const IMPORT_STATUS_COLORS: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

/** What the file picker and the drop zone accept: the platform exports .xlsx and .csv (DESIGN §5). */
export const ACCEPTED_EXTENSIONS = ['.xlsx', '.csv'] as const;

export function isAcceptedFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
