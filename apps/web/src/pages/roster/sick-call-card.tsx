import { Alert, Button, Tag } from 'antd';
import type { SickCall } from '../../api/roster-types';
import { shortDate } from './roster-dates';
import type { RosterReference } from './use-roster-reference';

interface CoverProps {
  /** Set for supervisors (roster.manage): each candidate gets a 安排顶班 button. */
  onCover?: (call: SickCall, staffCode: string) => void;
  busy?: boolean;
}

export const sickCallStatusTag = (call: SickCall) => <Tag color={call.status === 'open' ? 'warning' : 'success'}>{call.statusLabel}</Tag>;

/** The hours a sick call left short. */
export function SickCallGaps({ call }: { call: SickCall }) {
  return call.gaps.length ? (
    <ul className="roster-gaps" aria-label="缺口">
      {call.gaps.map((gap) => (
        <li key={gap.message}>{gap.message}</li>
      ))}
    </ul>
  ) : (
    <span className="muted small">撤下后仍满足覆盖需求，无缺口。</span>
  );
}

/** Who covers: the replacement once chosen; while open, the candidates that keep every hard rule, best first. */
export function SickCallCover({ call, reference, onCover, busy }: CoverProps & { call: SickCall; reference: RosterReference }) {
  if (call.status !== 'open') return <span>{call.replacementCode ? `由 ${reference.staffName(call.replacementCode)} 顶班` : '—'}</span>;
  if (!call.candidates.length) return <Alert type="error" showIcon title="没有符合全部硬性规则的顶班人选，请调整排班。" />;
  return (
    <ol className="roster-candidates" aria-label="顶班人选（按推荐排序）">
      {call.candidates.map((c) => (
        <li key={c.staffId}>
          <span>{c.label}</span>
          {c.preferenceConflict ? <Tag color="warning">与个人偏好冲突</Tag> : null}
          <span className="muted small">{c.notes.join('；')}</span>
          {onCover ? (
            <Button size="small" disabled={busy} onClick={() => onCover(call, c.staffId)} aria-label={`安排 ${c.label} 顶班`}>
              安排顶班
            </Button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** One sick call as a card (the one just reported, under 我的班次): the hours it left short and who may cover. */
export function SickCallCard({ call, reference }: { call: SickCall; reference: RosterReference }) {
  return (
    <article className="roster-card" aria-label={`病假 ${reference.staffName(call.staffCode)} ${call.date} ${reference.shiftName(call.shiftCode)}`}>
      <p>
        {sickCallStatusTag(call)} {reference.staffName(call.staffCode)} {shortDate(call.date)} {reference.shiftName(call.shiftCode)}
      </p>
      <SickCallGaps call={call} />
      <SickCallCover call={call} reference={reference} />
    </article>
  );
}
