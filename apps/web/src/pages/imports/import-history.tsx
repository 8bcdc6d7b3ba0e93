import { Alert } from 'antd';
import type { ImportList } from '../../api/intake-types';
import { formatFull } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { IMPORT_STATUS_LABELS, IMPORT_STATUS_TONES } from './import-labels';

/** 导入记录: the street's past imports, newest first; each opens its result on this page. */
export function ImportHistory({ list, error, currentId }: { list: ImportList | null; error: string | null; currentId: string | null }) {
  return (
    <section className="panel" aria-labelledby="import-history-title">
      <div className="panel__header">
        <h2 id="import-history-title">导入记录</h2>
        {list ? <span className="muted small">共 {list.total} 次，显示最近 {list.items.length} 次</span> : null}
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {list && list.items.length === 0 ? <p className="empty">还没有导入记录</p> : null}
      {list && list.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">上传时间</th>
                <th scope="col">文件</th>
                <th scope="col">上传人</th>
                <th scope="col">状态</th>
                <th scope="col">新建</th>
                <th scope="col">更新</th>
                <th scope="col">无变化</th>
                <th scope="col">错误</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id} aria-current={item.id === currentId ? 'true' : undefined} className={item.id === currentId ? 'table__row--current' : undefined}>
                  <td>{formatFull(item.uploadedAt)}</td>
                  <td>
                    <Link to={`/imports?id=${encodeURIComponent(item.id)}`}>{item.fileName}</Link>
                  </td>
                  <td>{item.uploadedBy ?? ''}</td>
                  <td>
                    <span className={`tag tag--${IMPORT_STATUS_TONES[item.status]}`}>{IMPORT_STATUS_LABELS[item.status]}</span>
                  </td>
                  <td>{item.created}</td>
                  <td>{item.updated}</td>
                  <td>{item.unchanged}</td>
                  <td>{item.errors}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
