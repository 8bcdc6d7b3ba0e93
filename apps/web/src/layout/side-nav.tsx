import { Badge } from 'antd';
import { useCurrentUser } from '../auth/use-session';
import { queue, type QueueDefinition } from '../pages/workbench/queues';
import { useLiveCounts } from '../realtime/use-live-counts';
import { usePathname } from '../routing/history';
import { Link } from '../routing/link';
import { matchRoute, type NavItem } from './nav-items';

export function SideNav({ items }: { items: readonly NavItem[] }) {
  const user = useCurrentUser();
  const pathname = usePathname();
  // An order's detail page belongs to 工单: its item stays highlighted.
  const currentPath = matchRoute(pathname)?.item.path;
  return (
    <nav className="side-nav" aria-label="主导航">
      <ul>
        {items.map((item) => {
          const badge = item.badge?.anyOf.some((p) => user.permissions.includes(p)) ? queue(item.badge.queue, user.unitId) : null;
          return (
            <li key={item.path}>
              <NavLink item={item} current={currentPath === item.path} badge={badge} />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * One nav link, with the live size of the page's main queue (shared with the 工作台's cards) while it is not zero.
 * The count is part of the link's name ("调度（待签收 3 件）"): the badge alone would read as a bare number.
 */
function NavLink({ item, current, badge }: { item: NavItem; current: boolean; badge: QueueDefinition | null }) {
  const counts = useLiveCounts(badge ? [badge.query] : []);
  const count = counts.length ? counts[0].count : null;
  const counted = badge && count ? `（${badge.label} ${count} 件）` : '';
  return (
    <Link
      to={item.path}
      title={item.capability}
      className={current ? 'side-nav__link side-nav__link--current' : 'side-nav__link'}
      aria-current={current ? 'page' : undefined}
      aria-label={counted ? item.label + counted : undefined}
    >
      {item.label}
      {item.page ? null : <span className="side-nav__pending">建设中</span>}
      {counted ? <Badge count={count} overflowCount={999} title={counted.slice(1, -1)} /> : null}
    </Link>
  );
}
