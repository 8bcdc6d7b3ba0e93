import { Alert, Empty } from 'antd';
import { formatShort } from '../../lib/shanghai-time';
import { Link } from '../../routing/link';
import { api } from '../../services';
import { listUsers, recentAudit, type AuditEntry, type UserRef } from './admin-client';
import { auditActionLabel } from './audit-labels';
import { HomeCard } from './home-card';
import { useApiResource } from '../../ui-kit/use-api-resource';

const SHOWN = 8;

/** The audit log names people by username; the admin reads their names (from the user list they manage). */
async function load(signal: AbortSignal): Promise<{ items: AuditEntry[]; users: Map<string, UserRef> }> {
  const [audit, users] = await Promise.all([recentAudit(api, SHOWN, signal), listUsers(api, signal)]);
  return { items: audit.items, users: new Map(users.map((user) => [user.id, user])) };
}

function actorOf(entry: AuditEntry, users: Map<string, UserRef>): string {
  if (entry.actorId) return users.get(entry.actorId)?.displayName ?? '已删除的用户';
  return entry.actorRole === 'system' ? '系统' : '未登录用户';
}

/** 最近审计: the latest entries of the audit trail (who did what, when), with the way to the full log. */
export function AuditPanel() {
  const { data, error } = useApiResource('recent-audit', load, { failure: '审计日志获取失败', pollMs: 60_000 });
  return (
    <HomeCard id="audit-title" title="最近审计" extra={<Link to="/audit">审计日志</Link>}>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {data && data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无审计记录" /> : null}
      {data && data.items.length ? (
        <ul className="home-list">
          {data.items.map((entry) => (
            <li key={entry.id} className="home-list__item home-list__item--row">
              <time className="muted small" dateTime={entry.at}>
                {formatShort(entry.at)}
              </time>
              <span>{actorOf(entry, data.users)}</span>
              <span>{auditActionLabel(entry.action)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </HomeCard>
  );
}
