import type { SickCall } from '../../api/roster-types';
import { shortDate } from './roster-dates';
import type { RosterReference } from './use-roster-reference';

interface SickCallCardProps {
  call: SickCall;
  reference: RosterReference;
  /** Set for supervisors (roster.manage): each candidate gets a 安排顶班 button. */
  onCover?: (call: SickCall, staffCode: string) => void;
  busy?: boolean;
}

/** One sick call: the hours it left short, and the replacements that keep every hard rule, best first. */
export function SickCallCard({ call, reference, onCover, busy }: SickCallCardProps) {
  return (
    <article className="roster-card" aria-label={`病假 ${reference.staffName(call.staffCode)} ${call.date} ${reference.shiftName(call.shiftCode)}`}>
      <p>
        <span className={`tag tag--${call.status === 'open' ? 'warning' : 'success'}`}>{call.statusLabel}</span> {reference.staffName(call.staffCode)}{' '}
        {shortDate(call.date)} {reference.shiftName(call.shiftCode)}
        {call.replacementCode ? `，由 ${reference.staffName(call.replacementCode)} 顶班` : ''}
      </p>
      {call.gaps.length ? (
        <ul className="roster-gaps" aria-label="缺口">
          {call.gaps.map((gap) => (
            <li key={gap.message}>{gap.message}</li>
          ))}
        </ul>
      ) : (
        <p className="muted small">撤下后仍满足覆盖需求，无缺口。</p>
      )}
      {call.status === 'open' ? (
        call.candidates.length ? (
          <ol className="roster-candidates" aria-label="顶班人选（按推荐排序）">
            {call.candidates.map((c) => (
              <li key={c.staffId}>
                <span>{c.label}</span>
                {c.preferenceConflict ? <span className="tag tag--warning">与个人偏好冲突</span> : null}
                <span className="muted small">{c.notes.join('；')}</span>
                {onCover ? (
                  <button type="button" className="button button--small" disabled={busy} onClick={() => onCover(call, c.staffId)} aria-label={`安排 ${c.label} 顶班`}>
                    安排顶班
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="notice notice--error">没有符合全部硬性规则的顶班人选，请调整排班。</p>
        )
      ) : null}
    </article>
  );
}
