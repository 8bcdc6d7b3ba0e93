import type { ApiClient } from '../../api/client';
import type { CategoryRef, CommunityRef, ItemsOf, UnitRef } from '../../api/order-types';

/** `GET /api/admin/units` items (libs/reference/src/admin/units-admin.service.ts). */
export interface AdminUnit extends UnitRef {
  contact: string | null;
  /** Routing rules naming the unit as lead or co-unit (list only). */
  routingRuleCount?: number;
}

/** A rule that still names a unit being stopped (409 UNIT_NAMED_BY_ROUTING_RULES details, or the forced answer). */
export interface RuleNamingUnit {
  id: string;
  categoryPrefix: string;
  communityName: string | null;
}

export interface UnitBody {
  code?: string;
  name?: string;
  kind?: string;
  communityId?: string | null;
  contact?: string | null;
  active?: boolean;
  /** Stop although routing rules still name the unit. */
  force?: boolean;
}

export interface RoutingRule {
  id: string;
  categoryPrefix: string;
  unitCode: string;
  coUnitCodes: string[];
  /** null: every community of the street. */
  communityId: string | null;
  communityName: string | null;
  priority: number;
}

export type RoutingRuleBody = Omit<RoutingRule, 'id' | 'communityName'>;

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
export const testRouting = (api: ApiClient, body: { text: string; address: string; communityId?: string; category?: string }) => api.post<RoutingTrial>('/admin/routing-rules/test', body);

/** `GET /api/admin/communities` items: a community with its gazetteer (roads, courtyards, aliases intake matches). */
export interface AdminCommunity extends CommunityRef {
  gazetteer: string[];
}

export interface AdminCommunities extends ItemsOf<AdminCommunity> {
  /** Category paths a community committee handles itself (社区职责清单). */
  dutyCategories: string[];
}

export interface CommunityBody {
  code?: string;
  name?: string;
  gazetteer?: string[];
  active?: boolean;
}

/** `GET /api/admin/categories` items: the whole tree, stopped nodes included. */
export interface AdminCategory extends CategoryRef {
  position: number;
}

const community = (id: string) => `/admin/communities/${encodeURIComponent(id)}`;

export const adminCommunities = (api: ApiClient, signal?: AbortSignal) => api.get<AdminCommunities>('/admin/communities', { signal });
export const createCommunity = (api: ApiClient, body: CommunityBody) => api.post<AdminCommunity>('/admin/communities', body);
export const updateCommunity = (api: ApiClient, id: string, body: CommunityBody) => api.request<AdminCommunity>('PATCH', community(id), { body });
export const saveDutyCategories = (api: ApiClient, categories: string[]) =>
  api.request<{ categories: string[] }>('PUT', '/admin/community-duty-categories', { body: { categories } });

export const adminCategories = (api: ApiClient, signal?: AbortSignal) => api.get<ItemsOf<AdminCategory>>('/admin/categories', { signal });
export const createCategory = (api: ApiClient, body: { parentPath: string | null; name: string }) => api.post<AdminCategory>('/admin/categories', body);
export const updateCategory = (api: ApiClient, body: { path: string; active?: boolean; position?: number }) =>
  api.request<AdminCategory>('PATCH', '/admin/categories', { body });
