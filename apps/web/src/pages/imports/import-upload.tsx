import { Alert, Button, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { uploadImport } from '../../api/intake-client';
import type { ImportStarted } from '../../api/intake-types';
import { api } from '../../services';
import { ACCEPTED_EXTENSIONS, formatBytes, isAcceptedFile } from './import-labels';

/**
 * 上传平台导出文件: drop a file on antd's drag zone or pick one, then 开始导入. The file is checked here only for its
 * extension (a quick hint); the server decides on format and size and says why in Chinese.
 */
export function ImportUpload({ onStarted }: { onStarted: (started: ImportStarted) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choose(next: File) {
    setError(null);
    if (!isAcceptedFile(next.name)) {
      setFile(null);
      setError(`不支持的文件类型“${next.name}”：请上传 12345 平台导出的 .xlsx 或 .csv 文件`);
      return;
    }
    setFile(next);
  }

  async function submit() {
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    try {
      const started = await uploadImport(api, file);
      setFile(null);
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
      <Upload.Dragger
        aria-label="选择导入文件"
        aria-describedby={error ? 'import-upload-error' : undefined}
        // `native`: the picker offers only these types, but a dropped .docx still reaches `choose`, which says why not.
        accept={{ format: ACCEPTED_EXTENSIONS.join(','), filter: 'native' }}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        // Nothing is sent on pick: the file waits for 开始导入.
        beforeUpload={(picked) => {
          choose(picked);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-text">将文件拖放到此处，或点击选择文件</p>
        <p className="ant-upload-hint" aria-live="polite">
          {file ? `已选择：${file.name}（${formatBytes(file.size)}）` : '尚未选择文件'}
        </p>
      </Upload.Dragger>
      {error ? <Alert id="import-upload-error" className="alert" type="error" showIcon title={error} /> : null}
      <div className="import-upload__buttons">
        <Button type="primary" disabled={!file} loading={busy} onClick={() => void submit()}>
          {busy ? '正在上传…' : '开始导入'}
        </Button>
      </div>
    </section>
  );
}
