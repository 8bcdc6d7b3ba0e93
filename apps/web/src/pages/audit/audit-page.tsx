import { Alert, Button, message } from 'antd';
import { useState } from 'react';
import { exportAudit, type AuditFilterQuery } from '../../api/audit-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { api } from '../../services';
import { messageOf } from '../../ui-kit/use-api-resource';
import { AuditFilterBar } from './audit-filter-bar';
import { AuditTable } from './audit-table';
import { AuditVerify } from './audit-verify';
import { AUDIT_PAGE_SIZE, useAuditTrail } from './use-audit-trail';

/** 审计: the street's audit trail with its readable diffs, the chain verification, and the Excel export. */
export function AuditPage() {
  useDocumentTitle('审计');
  const [filter, setFilter] = useState<AuditFilterQuery>({});
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const trail = useAuditTrail(filter, page);
  const [notice, notices] = message.useMessage();

  const exportFiltered = async () => {
    setExporting(true);
    try {
      await exportAudit(api, filter);
    } catch (error) {
      void notice.error(messageOf(error, '导出失败，请稍后重试'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="page">
      {notices}
      <div className="page__header">
        <h1 className="page__title">审计</h1>
      </div>
      <p className="muted">每一项修改都记入审计日志（只追加、哈希成链）。个人信息按权限脱敏显示；导出的文件一律脱敏，导出本身也记入审计。</p>
      <section className="panel" aria-labelledby="audit-verify-title">
        <div className="panel__header">
          <h2 id="audit-verify-title">审计链校验</h2>
        </div>
        <AuditVerify />
      </section>
      <AuditFilterBar
        onSearch={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      <section className="panel" aria-labelledby="audit-list-title" aria-busy={trail.loading}>
        <div className="panel__header">
          <h2 id="audit-list-title">审计记录</h2>
          <Button onClick={() => void exportFiltered()} loading={exporting}>
            导出 Excel
          </Button>
        </div>
        {trail.error ? <Alert className="alert" type="error" showIcon title={trail.error} /> : null}
        <AuditTable
          items={trail.data?.items ?? []}
          loading={trail.loading && !trail.data}
          paging={{ page: trail.data?.page ?? page, pageSize: trail.data?.pageSize ?? AUDIT_PAGE_SIZE, total: trail.data?.total ?? 0, onPage: setPage }}
        />
      </section>
    </section>
  );
}
