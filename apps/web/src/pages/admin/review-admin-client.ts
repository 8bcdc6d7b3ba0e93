import type { PhraseKind } from '@app/review/domain/screening-phrase-kinds';
import { ApiError, type ApiClient } from '../../api/client';
import type { ReplyTemplateRef, ReviewChecklistItemRef } from '../../api/order-types';

/** `GET /api/admin/screening-phrases` rows (libs/review/src/admin/screening-phrases.service.ts). */
export interface ScreeningPhrase {
  id: string;
  kind: PhraseKind;
  phrase: string;
}

/** `GET /api/admin/review-checklist` rows as the admin edits them: saved on the version shown. */
export interface AdminChecklistItem extends ReviewChecklistItemRef {
  id: string;
  version: number;
}

export interface ChecklistItemBody {
  code?: string;
  label?: string;
  position?: number;
  active?: boolean;
  naAllowed?: boolean;
}

export interface ReplyTemplateBody {
  categoryPrefix?: string | null;
  title?: string;
  body?: string;
  active?: boolean;
}

const phrase = (id: string) => `/admin/screening-phrases/${encodeURIComponent(id)}`;
const item = (code: string) => `/admin/review-checklist/${encodeURIComponent(code)}`;
const template = (id: string) => `/reply-templates/${encodeURIComponent(id)}`;

export const screeningPhrases = (api: ApiClient, signal?: AbortSignal) => api.get<ScreeningPhrase[]>('/admin/screening-phrases', { signal });
export const addPhrase = (api: ApiClient, body: { kind: PhraseKind; phrase: string }) => api.post<ScreeningPhrase>('/admin/screening-phrases', body);
export const removePhrase = (api: ApiClient, id: string) => api.request<void>('DELETE', phrase(id));

export const checklistItems = (api: ApiClient, signal?: AbortSignal) => api.get<AdminChecklistItem[]>('/admin/review-checklist', { signal });
export const createChecklistItem = (api: ApiClient, body: ChecklistItemBody) => api.post<AdminChecklistItem>('/admin/review-checklist', body);
export const updateChecklistItem = (api: ApiClient, code: string, body: ChecklistItemBody & { version: number }) =>
  api.request<AdminChecklistItem>('PATCH', item(code), { body });

/** Every template, stopped ones included, for the people who keep the list. */
export const adminReplyTemplates = (api: ApiClient, signal?: AbortSignal) => api.get<ReplyTemplateRef[]>('/reply-templates?includeInactive=true', { signal });
export const createReplyTemplate = (api: ApiClient, body: ReplyTemplateBody) => api.post<ReplyTemplateRef>('/reply-templates', body);
export const updateReplyTemplate = (api: ApiClient, id: string, body: ReplyTemplateBody & { version: number }) =>
  api.request<ReplyTemplateRef>('PATCH', template(id), { body });
