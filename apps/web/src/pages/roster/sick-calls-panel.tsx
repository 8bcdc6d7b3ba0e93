import { Alert } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { coverSickCall, listSickCalls } from '../../api/roster-client';
import type { SickCall } from '../../api/roster-types';
import { api } from '../../services';
import { SickCallCard } from './sick-call-card';
import { messageOf, useLoad } from './use-load';
import type { RosterReference } from './use-roster-reference';
import { ViolationList, violationsOf } from './violation-list';

interface SickCallsPanelProps {
  reference: RosterReference;
  refreshKey: number;
  /** roster.manage: may assign a replacement. */
  mayCover: boolean;
}

/** 病假与顶班: open sick calls with their gaps and ranked replacements; a supervisor picks one. */
export function SickCallsPanel({ reference, refreshKey, mayCover }: SickCallsPanelProps) {
  const [generation, setGeneration] = useState(0);
  const { data, error, loading } = useLoad(`sick:${refreshKey}:${generation}`, (signal) => listSickCalls(api, undefined, signal), '病假记录加载失败');
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string; violations?: ReturnType<typeof violationsOf> } | null>(null);
  const [busy, setBusy] = useState(false);
  const items = [...(data?.items ?? [])].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));

  async function cover(call: SickCall, staffCode: string) {
    setBusy(true);
    setNotice(null);
    try {
      await coverSickCall(api, call.id, call.version, staffCode);
      setNotice({ tone: 'info', text: `已安排 ${reference.staffName(staffCode)} 顶班，排班已更新。` });
    } catch (e) {
      setNotice({ tone: 'error', text: messageOf(e), violations: e instanceof ApiError ? violationsOf(e.details) : [] });
    } finally {
      setBusy(false);
      setGeneration((g) => g + 1);
    }
  }

  return (
    <section className="panel" aria-labelledby="sick-calls-title" aria-busy={loading}>
      <div className="panel__header">
        <h2 id="sick-calls-title">病假与顶班</h2>
      </div>
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {notice ? (
        <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <ViolationList violations={notice.violations ?? []} label="违反的规则" />
        </div>
      ) : null}
      {items.length ? (
        <div className="roster-list">
          {items.map((call) => (
            <SickCallCard key={call.id} call={call} reference={reference} onCover={mayCover ? cover : undefined} busy={busy} />
          ))}
        </div>
      ) : data && !loading ? (
        <p className="empty">暂无病假记录</p>
      ) : null}
    </section>
  );
}
