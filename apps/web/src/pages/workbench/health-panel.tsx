import type { HealthCheck } from '../../api/types';
import { formatClock } from '../../lib/shanghai-time';
import { useHealth } from './use-health';

const MODE_LABELS: Record<string, string> = { embedded: '单机内嵌模式', production: '生产模式' };

function CheckRow({ label, check }: { label: string; check: HealthCheck }) {
  return (
    <div className="health__row">
      <dt>{label}</dt>
      <dd>
        <span className={check.ok ? 'status status--ok' : 'status status--bad'}>{check.ok ? '正常' : '异常'}</span>
        <span className="muted">
          {check.detail}（{check.ms} ms）
        </span>
      </dd>
    </div>
  );
}

/** 系统状态: whether the database and the job queue answer, from `GET /api/health`. */
export function HealthPanel() {
  const { health, error, checkedAt, loading, reload } = useHealth();
  return (
    <section className="panel" aria-labelledby="health-title">
      <div className="panel__header">
        <h2 id="health-title">系统状态</h2>
        <button type="button" className="button button--small" onClick={reload} disabled={loading}>
          {loading ? '检查中…' : '刷新'}
        </button>
      </div>
      {error ? <p className="notice notice--error">{error}</p> : null}
      {health ? (
        <dl className="health">
          <div className="health__row">
            <dt>总体</dt>
            <dd>
              <span className={health.status === 'ok' ? 'status status--ok' : 'status status--bad'}>
                {health.status === 'ok' ? '运行正常' : '部分异常'}
              </span>
              <span className="muted">{MODE_LABELS[health.mode] ?? health.mode}</span>
            </dd>
          </div>
          <CheckRow label="数据库" check={health.checks.database} />
          <CheckRow label="队列" check={health.checks.queue} />
          {health.checks.redis ? <CheckRow label="Redis" check={health.checks.redis} /> : null}
        </dl>
      ) : null}
      {!health && !error ? <p className="muted">正在检查…</p> : null}
      {checkedAt ? <p className="muted small">检查时间 {formatClock(checkedAt.toISOString())}</p> : null}
    </section>
  );
}
