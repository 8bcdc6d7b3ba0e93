import { listAudit, type AuditFilterQuery, type AuditList } from '../../api/audit-client';
import { api } from '../../services';
import { useApiResource, type ApiResource } from '../../ui-kit/use-api-resource';

export const AUDIT_PAGE_SIZE = 50;

/** One server page of the filtered trail; a new filter or page reads again. */
export function useAuditTrail(filter: AuditFilterQuery, page: number): ApiResource<AuditList> {
  const key = JSON.stringify({ filter, page });
  return useApiResource(key, (signal) => listAudit(api, filter, page, AUDIT_PAGE_SIZE, signal), { failure: '审计记录加载失败' });
}
