import { Alert, Button } from 'antd';
import type { HealthCheck } from '../../api/types';
import { formatClock } from '../../lib/shanghai-time';
import { HomeCard } from './home-card';
import { useHealth } from './use-health';

const MODE_LABELS: Record<string, string> = { embedded: '单机内嵌模式', production: '生产模式' };
const DRIVER_LABELS: Record<string, string> = { bullmq: 'BullMQ（Redis）', 'in-process': '进程内队列' };

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

/** 系统状态, for the admin: whether the database, the job queue and Redis answer, from `GET /api/health`. */
export function HealthPanel() {
  const { health, error, checkedAt, loading, reload } = useHealth();
  return (
    <HomeCard
      id="health-title"
      title="系统状态"
      extra={
        <Button size="small" onClick={reload} loading={loading}>
          {loading ? '检查中' : '刷新'}
        </Button>
      }
    >
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {health ? (
        <dl className="health">
          <div className="health__row">
            <dt>总体</dt>
            <dd>
              <span className={health.status === 'ok' ? 'status status--ok' : 'status status--bad'}>
                {health.status === 'ok' ? '运行正常' : '部分异常'}
              </span>
              <span className="muted">{MODE_LABELS[health.mode] ?? '运行模式未知'}</span>
            </dd>
          </div>
          <div className="health__row">
            <dt>队列驱动</dt>
            <dd>{DRIVER_LABELS[health.queueDriver] ?? '未知'}</dd>
          </div>
          <CheckRow label="数据库" check={health.checks.database} />
          <CheckRow label="队列" check={health.checks.queue} />
          {health.checks.redis ? <CheckRow label="Redis" check={health.checks.redis} /> : null}
        </dl>
      ) : null}
      {!health && !error ? <p className="muted">正在检查…</p> : null}
      {checkedAt ? <p className="muted small">检查时间 {formatClock(checkedAt.toISOString())}</p> : null}
    </HomeCard>
  );
}
