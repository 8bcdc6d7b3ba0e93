import { Alert, Spin, Tabs } from 'antd';
import { Suspense } from 'react';
import { useCurrentUser } from '../../auth/use-session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { navigate, usePathname, useSearch } from '../../routing/history';
import { ADMIN_TABS } from './admin-tabs';

/**
 * 系统管理 (DESIGN §1, §5, §14): every setting the admin keeps, one tab each. The tab is in the query string
 * (`?tab=units`) so a reload or a bookmark keeps it.
 */
export function AdminPage() {
  useDocumentTitle('系统管理');
  const user = useCurrentUser();
  const pathname = usePathname();
  const params = new URLSearchParams(useSearch());
  const tabs = ADMIN_TABS.filter((tab) => tab.anyOf.some((p) => user.permissions.includes(p)));
  if (!tabs.length) return <Alert type="info" showIcon message="没有可维护的设置" />;
  const active = tabs.find((t) => t.id === params.get('tab')) ?? tabs[0];
  return (
    <Tabs
      activeKey={active.id}
      onChange={(id) => navigate(`${pathname}?tab=${encodeURIComponent(id)}`, { replace: true })}
      destroyOnHidden
      items={tabs.map((tab) => ({
        key: tab.id,
        label: tab.label,
        children: (
          <Suspense fallback={<Spin />}>
            <tab.panel />
          </Suspense>
        ),
      }))}
    />
  );
}
