import { useDocumentTitle } from '../lib/use-document-title';

/** A plain page with a heading and one sentence: not found, no permission, nothing enabled. */
export function MessagePage({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1 className="page__title">{title}</h1>
      <p className="notice notice--info">{text}</p>
    </section>
  );
}
