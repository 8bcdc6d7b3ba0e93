import { listImports } from '../../api/intake-client';
import type { ImportList } from '../../api/intake-types';
import { api } from '../../services';
import { useApiResource } from '../../ui-kit/use-api-resource';

const load = (signal: AbortSignal) => listImports(api, signal);

/** `GET /api/imports` (the street's latest 20), reloaded when the page says an import has finished. */
export function useImportHistory(): { list: ImportList | null; error: string | null; reload: () => void } {
  const { data, error, reload } = useApiResource('imports', load, { failure: '导入记录加载失败' });
  return { list: data, error, reload };
}
