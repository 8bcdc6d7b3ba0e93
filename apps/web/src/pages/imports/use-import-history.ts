import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { listImports } from '../../api/intake-client';
import type { ImportList } from '../../api/intake-types';
import { api } from '../../services';

/** `GET /api/imports` (the street's latest 20), reloaded when the page says an import has finished. */
export function useImportHistory(): { list: ImportList | null; error: string | null; reload: () => void } {
  const [list, setList] = useState<ImportList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listImports(api, controller.signal).then(
      (next) => {
        setList(next);
        setError(null);
      },
      (failure: unknown) => {
        if ((failure as Error).name === 'AbortError') return;
        setError(failure instanceof ApiError ? failure.message : '导入记录加载失败');
      },
    );
    return () => controller.abort();
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { list, error, reload };
}
