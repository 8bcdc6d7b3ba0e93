import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';

interface AdminListPanelProps {
  /** The heading's id, which the panel and its table are labelled by. */
  titleId: string;
  title: string;
  addLabel: string;
  /** The add button waits for the choices its dialog needs. */
  ready: boolean;
  loading: boolean;
  error: string | null | undefined;
  onAdd: () => void;
  children: ReactNode;
}

/** A 系统管理 panel listing one kind of reference row: heading with its add button, the load error, then the table. */
export function AdminListPanel({ titleId, title, addLabel, ready, loading, error, onAdd, children }: AdminListPanelProps) {
  return (
    <section className="panel" aria-labelledby={titleId} aria-busy={loading}>
      <div className="panel__header">
        <h2 id={titleId}>{title}</h2>
        <Button type="primary" disabled={!ready} onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {children}
    </section>
  );
}
