import type { ApiClient } from '../../api/client';
import type { ItemsOf, UnitRef } from '../../api/order-types';

/** `GET /api/admin/units` items (libs/reference/src/admin/units-admin.service.ts). */
export interface AdminUnit extends UnitRef {
  contact: string | null;
}

export interface UnitBody {
  code?: string;
  name?: string;
  kind?: string;
  communityId?: string | null;
  contact?: string | null;
  active?: boolean;
}

export interface RoutingRule {
  id: string;
  categoryPrefix: string;
  unitCode: string;
  coUnitCodes: string[];
}

export type RoutingRuleBody = Omit<RoutingRule, 'id'>;

/** `POST /api/admin/routing-rules/test`: what intake would suggest for a sample, each with its reason. */
export interface RoutingTrial {
  community: { communityName: string; reason: string } | null;
  category: { category: string; reason: string } | null;
  unit: { unitName: string | null; reason: string } | null;
  summary: string;
}

const unit = (id: string) => `/admin/units/${encodeURIComponent(id)}`;
const rule = (id: string) => `/admin/routing-rules/${encodeURIComponent(id)}`;

export const adminUnits = (api: ApiClient, signal?: AbortSignal) => api.get<ItemsOf<AdminUnit>>('/admin/units', { signal });
export const createUnit = (api: ApiClient, body: UnitBody) => api.post<AdminUnit>('/admin/units', body);
export const updateUnit = (api: ApiClient, id: string, body: UnitBody) => api.request<AdminUnit>('PATCH', unit(id), { body });

export const routingRules = (api: ApiClient, signal?: AbortSignal) => api.get<ItemsOf<RoutingRule>>('/admin/routing-rules', { signal });
export const createRule = (api: ApiClient, body: RoutingRuleBody) => api.post<RoutingRule>('/admin/routing-rules', body);
export const updateRule = (api: ApiClient, id: string, body: Partial<RoutingRuleBody>) => api.request<RoutingRule>('PATCH', rule(id), { body });
export const deleteRule = (api: ApiClient, id: string) => api.request<{ id: string }>('DELETE', rule(id));
export const testRouting = (api: ApiClient, body: { text: string; address: string; category?: string }) => api.post<RoutingTrial>('/admin/routing-rules/test', body);
