import { Alert, Tag } from 'antd';
import type { StoredScreening, SuggestedVerdict } from '../../api/review-types';
import { formatFull } from '../../lib/shanghai-time';

/**
 * 自动筛查: what the server's screening found in the reply (evasive or prohibited wording, third parties' personal
 * data, a missing contact record…), each with the checklist item it pre-fails. Findings suggest; the reviewer judges.
 */
export function ScreeningPanel({ screening, checklist }: { screening: StoredScreening | null; checklist: readonly SuggestedVerdict[] }) {
  const labelOf = (item: string) => checklist.find((c) => c.item === item)?.label ?? item;
  const findings = screening?.findings ?? [];
  return (
    <section className="panel" aria-labelledby="review-screening-title">
      <div className="panel__header">
        <h2 id="review-screening-title">自动筛查</h2>
        {screening ? <span className="muted small">筛查于 {formatFull(screening.screenedAt)}</span> : null}
      </div>
      {!screening ? (
        <p className="muted">该回复尚无筛查结果。</p>
      ) : findings.length === 0 ? (
        <Alert type="success" showIcon role="status" title="未发现问题。" />
      ) : (
        <ul className="review-findings">
          {findings.map((finding, i) => (
            <li key={`${finding.rule}-${i}`} className="review-findings__item">
              <Tag color="warning">{finding.source === 'sub_reply' ? '协办回复' : '主办回复'}</Tag> {finding.message}
              {finding.matched ? (
                <>
                  {' '}
                  命中文字：<mark className="review-flag">{finding.matched}</mark>
                </>
              ) : null}
              <div className="muted small">对应审核项：{labelOf(finding.item)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
