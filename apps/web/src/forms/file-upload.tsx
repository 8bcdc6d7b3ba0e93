import { useRef, useState } from 'react';
import { uploadAttachment } from '../api/attachment-client';
import { ApiError } from '../api/client';
import { api } from '../services';

/** An uploaded file as a form keeps it: the id is sent, the name is shown. */
export interface AttachedFile {
  id: string;
  fileName: string;
}

/** What the server accepts (it checks the bytes too, and names the file it refuses). */
const ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx,.txt';

interface FileUploadProps {
  id: string;
  /** Without a label the field is bare: an antd `Form.Item` around it gives the label, hint and error. */
  label?: string;
  hint?: string;
  /** The server's message for the ids field (e.g. `attachmentIds.0`: 附件不存在…). */
  error?: string;
  files: readonly AttachedFile[];
  onChange: (files: AttachedFile[]) => void;
  /** True while files are uploading, so the form can hold its submit until every id is known. */
  onBusyChange?: (busy: boolean) => void;
  /** What a `Form.Item` says about the field (its help and extra), added to the input's own. */
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

/**
 * Picks files and uploads each at once (`POST /api/attachments`); the form then sends only their ids. A refused
 * file (wrong type, too large) is named with the server's reason and left out; the others still upload.
 */
export function FileUpload({ id, label, hint, error, files, onChange, onBusyChange, ...aria }: FileUploadProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const describedBy =
    [error || problems.length ? `${id}-error` : null, hint ? `${id}-hint` : null, aria['aria-describedby'] ?? null].filter(Boolean).join(' ') || undefined;
  const invalid = error || problems.length || String(aria['aria-invalid']) === 'true' ? true : undefined;

  async function pick(list: FileList | null) {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    setBusy(true);
    onBusyChange?.(true);
    setProblems([]);
    const added: AttachedFile[] = [];
    const refused: string[] = [];
    for (const file of chosen) {
      try {
        const uploaded = await uploadAttachment(api, file);
        added.push({ id: uploaded.id, fileName: uploaded.fileName });
      } catch (err) {
        refused.push(`${file.name}：${err instanceof ApiError ? err.message : '上传失败，请稍后重试'}`);
      }
    }
    onChange([...files, ...added]);
    setProblems(refused);
    if (input.current) input.current.value = ''; // the same file may be picked again after removing it
    setBusy(false);
    onBusyChange?.(false);
  }

  const body = (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        disabled={busy}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => void pick(e.target.files)}
      />
      {busy ? (
        <span className="muted small" role="status">
          正在上传…
        </span>
      ) : null}
      {files.length ? (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.id}>
              <span>{file.fileName}</span>{' '}
              <button type="button" className="button button--small" onClick={() => onChange(files.filter((f) => f.id !== file.id))}>
                移除<span className="visually-hidden"> {file.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hint ? (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      ) : null}
      {error || problems.length ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {[error, ...problems].filter(Boolean).join('；')}
        </span>
      ) : null}
    </>
  );
  if (label === undefined) return <div className="file-upload">{body}</div>;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {body}
    </div>
  );
}
