import { Alert, Button, Descriptions, Progress } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { cancelGeneration } from '../../api/roster-client';
import type { GenerationProgress, RosterGeneration } from '../../api/roster-types';
import { useNow } from '../../lib/use-now';
import { api } from '../../services';
import { monthLabel } from './roster-dates';

const figure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(2)}%`);

/**
 * A generation under way: time used against the limit, the solver's current roster (目标值), the proven bound
 * (最优界) and the gap between them as the server pushes them, and 取消, which keeps the best roster found so far.
 */
export function GenerationProgressView({ generation, progress }: { generation: RosterGeneration; progress: GenerationProgress | null }) {
  const now = useNow(1000);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const startedAt = generation.startedAt ? Date.parse(generation.startedAt) : null;
  const elapsed = startedAt === null ? 0 : Math.max(0, Math.round((now - startedAt) / 1000));
  const limit = generation.method === 'optimiser' ? generation.timeLimitSeconds : null;
  const stopping = cancelling || generation.cancelRequested;

  async function cancel() {
    setCancelling(true);
    setCancelError(null);
    try {
      await cancelGeneration(api, generation.id);
    } catch (error) {
      setCancelError(error instanceof ApiError ? error.message : '取消失败，请重试');
      setCancelling(false);
    }
  }

  const state = generation.status === 'queued' ? '已排队，等待后台求解' : `正在求解，已用 ${elapsed} 秒${limit ? `（最长 ${limit} 秒）` : ''}`;
  return (
    <div className="roster-generate__waiting" role="region" aria-label="求解进度">
      <Alert
        type="info"
        showIcon
        role="status"
        title={`${monthLabel(generation.month)}排班：${stopping ? '正在停止求解，将保留目前最好的排班' : state}。期间可以继续使用其他功能。`}
      />
      {limit ? <Progress aria-label="求解用时" percent={Math.min(100, Math.round((elapsed / limit) * 100))} showInfo={false} status="active" /> : null}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'incumbent', label: '当前目标值', children: figure(progress?.incumbent) },
          { key: 'bound', label: '最优界', children: figure(progress?.bound) },
          { key: 'gap', label: '差距', children: percent(progress?.gap) },
        ]}
      />
      {cancelError ? <Alert type="error" showIcon title={cancelError} /> : null}
      <Button danger onClick={() => void cancel()} loading={stopping} disabled={stopping}>
        取消生成
      </Button>
    </div>
  );
}
