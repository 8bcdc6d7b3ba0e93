import { Suspense, useEffect } from 'react';
import type { SessionUser } from '../api/types';
import { MessagePage } from '../pages/message-page';
import { UnderConstructionPage } from '../pages/under-construction-page';
import { navigate, usePathname } from '../routing/history';
import { canSee, homePath, matchRoute } from './nav-items';
import { PageLoading } from './page-loading';

/** The route table is the nav table: the current path picks its item, the user's permissions decide access. */
export function PageOutlet({ user }: { user: SessionUser }) {
  const pathname = usePathname();
  const home = homePath(user.permissions);
  const route = matchRoute(pathname);
  const item = route?.item;

  useEffect(() => {
    if (pathname === '/' && home) navigate(home, { replace: true });
  }, [pathname, home]);

  if (pathname === '/') {
    return home ? null : <MessagePage title="暂无可用功能" text="您的账号尚未开通任何功能，请联系系统管理员。" />;
  }
  if (!item) return <MessagePage title="页面不存在" text="您访问的页面不存在，请从左侧导航进入。" />;
  if (!canSee(item, user.permissions)) {
    return <MessagePage title="无权访问" text={`您的账号没有「${item.label}」的权限。如需开通，请联系系统管理员。`} />;
  }
  // Pages are lazy chunks (lazy-pages.ts): the outlet waits for the one opened, the shell around it stays.
  return (
    <Suspense fallback={<PageLoading />}>
      {route?.subpage ? (
        <route.subpage.page key={pathname} params={route.params} />
      ) : item.page ? (
        <item.page />
      ) : (
        <UnderConstructionPage item={item} />
      )}
    </Suspense>
  );
}
