import { useApiResource, type ApiResource } from '../../ui-kit/use-api-resource';

export { messageOf } from '../../ui-kit/use-api-resource';
export type Loaded<T> = ApiResource<T>;

/** The roster pages' reads: the desk's one loader with the roster's own failure wording. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>, failure = '加载失败'): Loaded<T> {
  return useApiResource(key, load, { failure });
}
