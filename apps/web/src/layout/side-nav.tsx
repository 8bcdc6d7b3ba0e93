import { usePathname } from '../routing/history';
import { Link } from '../routing/link';
import { matchRoute, type NavItem } from './nav-items';

export function SideNav({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  // An order's detail page belongs to 工单: its item stays highlighted.
  const currentPath = matchRoute(pathname)?.item.path;
  return (
    <nav className="side-nav" aria-label="主导航">
      <ul>
        {items.map((item) => {
          const current = currentPath === item.path;
          return (
            <li key={item.path}>
              <Link
                to={item.path}
                title={item.capability}
                className={current ? 'side-nav__link side-nav__link--current' : 'side-nav__link'}
                aria-current={current ? 'page' : undefined}
              >
                {item.label}
                {item.page ? null : <span className="side-nav__pending">建设中</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
