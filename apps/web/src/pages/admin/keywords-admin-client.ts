import type { ApiClient } from '../../api/client';
import type { ItemsOf } from '../../api/order-types';

/** `GET /api/admin/keyword-rules` items (libs/reference/src/admin/keyword-rules-admin.service.ts). */
export interface KeywordRule {
  id: string;
  categoryPath: string;
  keywords: string[];
  position: number;
}

export interface KeywordRuleBody {
  categoryPath?: string;
  keywords?: string[];
  position?: number;
}

/** `POST /api/admin/keyword-rules/test`: the category intake would suggest, and the keywords that decided. */
export interface KeywordTrial {
  category: { category: string; keywords: string[]; reason: string } | null;
  summary: string;
}

/** `GET/PUT /api/admin/stop-words` (libs/stats/src/config/stop-words-admin.service.ts). */
export interface StopWords {
  words: string[];
  defaults: string[];
}

const rule = (id: string) => `/admin/keyword-rules/${encodeURIComponent(id)}`;

export const keywordRules = (api: ApiClient, signal?: AbortSignal) => api.get<ItemsOf<KeywordRule>>('/admin/keyword-rules', { signal });
export const createKeywordRule = (api: ApiClient, body: KeywordRuleBody) => api.post<KeywordRule>('/admin/keyword-rules', body);
export const updateKeywordRule = (api: ApiClient, id: string, body: KeywordRuleBody) => api.request<KeywordRule>('PATCH', rule(id), { body });
export const deleteKeywordRule = (api: ApiClient, id: string) => api.request<{ id: string }>('DELETE', rule(id));
export const testKeywords = (api: ApiClient, content: string) => api.post<KeywordTrial>('/admin/keyword-rules/test', { content });

export const stopWords = (api: ApiClient, signal?: AbortSignal) => api.get<StopWords>('/admin/stop-words', { signal });
export const saveStopWords = (api: ApiClient, words: string[]) =>
  api.request<StopWords & { added: string[]; removed: string[] }>('PUT', '/admin/stop-words', { body: { words } });
