import { Alert, Button, Progress, Space } from 'antd';
import { useState } from 'react';
import { getAuditVerification, startAuditVerification, type AuditVerification } from '../../api/audit-client';
import { api } from '../../services';
import { messageOf, useApiResource } from '../../ui-kit/use-api-resource';

const POLL_MS = 1_000;

const REASONS: Record<string, string> = {
  hash_mismatch: '记录内容与其哈希不符',
  link_mismatch: '与上一条记录的链接不符',
  version_downgrade: '哈希版本被降级',
  checkpoint_missing: '锚点记录的末尾记录已不存在',
  checkpoint_mismatch: '锚点记录的哈希已被改写',
};

function percent(v: AuditVerification): number {
  const total = v.progress.total ?? 0;
  if (v.status === 'finished') return 100;
  return total > 0 ? Math.min(99, Math.floor((v.progress.checked / total) * 100)) : 0;
}

function VerificationStatus({ verification }: { verification: AuditVerification }) {
  const { checked, total } = verification.progress;
  if (verification.status !== 'finished') {
    return (
      <div role="status" aria-label="校验进度">
        <Progress percent={percent(verification)} status="active" />
        <span className="muted small">{verification.status === 'queued' ? '排队中…' : `已校验 ${checked} / ${total ?? '…'} 条`}</span>
      </div>
    );
  }
  if (verification.ok) {
    return <Alert type="success" showIcon title="通过" description={`已校验 ${checked} 条记录，审计链完整。`} role="status" />;
  }
  const broken = verification.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={broken ? `断裂于第 ${broken.position} 条` : '审计链校验未通过'}
      description={broken ? `记录编号 ${broken.id}：${REASONS[broken.reason] ?? broken.reason}。此后的记录均不可信，请联系系统管理员。` : undefined}
    />
  );
}

/** 「校验审计链」: starts a verification of the street's chain, polls its progress, then shows 通过 or where it broke. */
export function AuditVerify() {
  const [id, setId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  // Read again every second until the verification has finished.
  const verification = useApiResource(
    id,
    async (signal) => {
      const v = await getAuditVerification(api, id!, signal);
      setFinished(v.status === 'finished');
      return v;
    },
    { failure: '校验进度加载失败', pollMs: finished ? undefined : POLL_MS, owner: id ?? '' },
  );
  const running = !!id && !finished;

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const started = await startAuditVerification(api);
      setFinished(false);
      setId(started.id);
    } catch (e) {
      setError(messageOf(e, '校验未能开始，请稍后重试'));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={() => void start()} loading={starting} disabled={running}>
        校验审计链
      </Button>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {verification.error ? <Alert type="error" showIcon title={verification.error} /> : null}
      {id && verification.data ? <VerificationStatus verification={verification.data} /> : null}
    </Space>
  );
}

