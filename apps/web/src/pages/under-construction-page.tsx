import { PERMISSION_LABELS } from '@app/access';
import type { NavItem } from '../layout/nav-items';
import { useDocumentTitle } from '../lib/use-document-title';

/** An honest placeholder: says which capability is coming, shows no imitation of it. */
export function UnderConstructionPage({ item }: { item: NavItem }) {
  useDocumentTitle(item.label);
  return (
    <section className="page">
      <h1 className="page__title">{item.label}</h1>
      <div className="panel under-construction">
        <p className="under-construction__badge">建设中</p>
        <p>
          「{item.label}」功能正在建设中，尚未开放使用。
        </p>
        <p>
          建成后将提供：<strong>{item.capability}</strong>。
        </p>
        <p className="muted">所需权限：{item.anyOf.map((p) => PERMISSION_LABELS[p]).join(' 或 ')}</p>
      </div>
    </section>
  );
}
