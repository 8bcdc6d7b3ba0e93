import { useEffect, useState } from 'react';
import type { CategoryRef, CommunityRef, UnitRef } from '../../api/order-types';
import { api } from '../../services';

export interface Directory {
  units: UnitRef[];
  communities: CommunityRef[];
  categories: CategoryRef[];
  /** Set when a list could not be loaded: pickers then say so instead of offering nothing silently. */
  error: string | null;
}

const EMPTY: Directory = { units: [], communities: [], categories: [], error: null };

/**
 * The street's reference lists (units, communities, categories), fetched once per page load and shared by every
 * picker: they change only when an admin edits them. A failed load is not cached, so the next page tries again.
 */
let loading: Promise<Directory> | null = null;

function loadDirectory(): Promise<Directory> {
  loading ??= Promise.allSettled([api.units(), api.communities(), api.categories()]).then(([units, communities, categories]) => {
    const failed = [units, communities, categories].some((result) => result.status === 'rejected');
    if (failed) loading = null;
    return {
      units: units.status === 'fulfilled' ? units.value.items : [],
      communities: communities.status === 'fulfilled' ? communities.value.items : [],
      categories: categories.status === 'fulfilled' ? categories.value.items : [],
      error: failed ? '基础资料（承办单位、社区、分类）加载失败，部分选项暂不可用' : null,
    };
  });
  return loading;
}

export function useDirectory(): Directory {
  const [directory, setDirectory] = useState<Directory>(EMPTY);
  useEffect(() => {
    let live = true;
    void loadDirectory().then((value) => live && setDirectory(value));
    return () => {
      live = false;
    };
  }, []);
  return directory;
}

/** The name of a unit id, or a short id when the list does not know it. */
export function unitName(directory: Directory, id: string | null | undefined): string {
  if (!id) return '';
  return directory.units.find((unit) => unit.id === id)?.name ?? id.slice(0, 8);
}
