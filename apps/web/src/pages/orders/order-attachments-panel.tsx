import { Alert, Button } from 'antd';
import { useState } from 'react';
import { downloadAttachment, type OrderAttachment } from '../../api/attachment-client';
import { ApiError } from '../../api/client';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** 附件: the files the order's actions used (reply attachments, evidence). Hidden while there are none. */
export function OrderAttachmentsPanel({ attachments }: { attachments: readonly OrderAttachment[] }) {
  const [error, setError] = useState<string | null>(null);
  if (attachments.length === 0) return null;

  async function save(attachment: OrderAttachment) {
    setError(null);
    try {
      await downloadAttachment(api, attachment);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '下载失败，请稍后重试');
    }
  }

  return (
    <section className="panel" aria-labelledby="order-attachments-title">
      <div className="panel__header">
        <h2 id="order-attachments-title">附件</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      <ul className="file-list">
        {attachments.map((a) => (
          <li key={a.id}>
            {/* A button, not a link: the download needs the bearer token (api/download.ts). */}
            <Button size="small" onClick={() => void save(a)}>
              下载<span className="visually-hidden"> {a.fileName}</span>
            </Button>{' '}
            <span>{a.fileName}</span> <span className="muted small">{sizeText(a.size)} · {formatFull(a.uploadedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
