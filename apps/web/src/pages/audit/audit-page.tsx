import { useDocumentTitle } from '../../lib/use-document-title';

/** 审计: the audit trail, its chain verification and its export. */
export function AuditPage() {
  useDocumentTitle('审计');
  return null;
}
