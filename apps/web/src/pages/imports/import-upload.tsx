import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { uploadImport } from '../../api/intake-client';
import type { ImportStarted } from '../../api/intake-types';
import { api } from '../../services';
import { ACCEPTED_EXTENSIONS, formatBytes, isAcceptedFile } from './import-labels';

/**
 * 上传平台导出文件: drop a file on the zone or pick one, then 开始导入. The file is checked here only for its
 * extension (a quick hint); the server decides on format and size and says why in Chinese.
 */
export function ImportUpload({ onStarted }: { onStarted: (started: ImportStarted) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  function choose(next: File | null | undefined) {
    setError(null);
    if (!next) return setFile(null);
    if (!isAcceptedFile(next.name)) {
      setFile(null);
      setError(`不支持的文件类型“${next.name}”：请上传 12345 平台导出的 .xlsx 或 .csv 文件`);
      return;
    }
    setFile(next);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    try {
      const started = await uploadImport(api, file);
      setFile(null);
      if (input.current) input.current.value = '';
      onStarted(started);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '上传失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="import-upload-title">
      <div className="panel__header">
        <h2 id="import-upload-title">上传平台导出文件</h2>
        <span className="muted small">支持 {ACCEPTED_EXTENSIONS.join('、')}（UTF-8 或 GBK），重复导入不会重复建单</span>
      </div>
      <form onSubmit={submit} noValidate>
        <div
          className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <p>将文件拖放到此处，或</p>
          <label className="button" htmlFor="import-file">
            选择文件
          </label>
          <input
            ref={input}
            id="import-file"
            className="visually-hidden"
            type="file"
            accept={ACCEPTED_EXTENSIONS.join(',')}
            aria-label="选择导入文件"
            aria-describedby={error ? 'import-upload-error' : undefined}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          <p className="muted" aria-live="polite">
            {file ? `已选择：${file.name}（${formatBytes(file.size)}）` : '尚未选择文件'}
          </p>
        </div>
        {error ? (
          <p id="import-upload-error" className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="import-upload__buttons">
          <button type="submit" className="button button--primary" disabled={!file || busy}>
            {busy ? '正在上传…' : '开始导入'}
          </button>
        </div>
      </form>
    </section>
  );
}
