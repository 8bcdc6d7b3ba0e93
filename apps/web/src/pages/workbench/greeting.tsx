import type { SessionUser } from '../../api/types';
import { shanghaiHour } from '../../lib/shanghai-time';

const SCOPE_LABELS: Record<SessionUser['dataScope']['kind'], string> = {
  street: '全街道工单',
  unit: '本单位承办的工单',
  none: '不涉及工单数据',
};

function salutation(hour: number): string {
  if (hour < 5) return '夜深了';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

export function Greeting({ user }: { user: SessionUser }) {
  return (
    <div className="panel greeting">
      <p className="greeting__hello">
        {salutation(shanghaiHour(new Date()))}，{user.displayName}
      </p>
      <p className="muted">
        当前身份：<span className="role-badge">{user.roleLabel}</span>　数据范围：{SCOPE_LABELS[user.dataScope.kind]}
      </p>
    </div>
  );
}
