import { useState } from 'react';
import { isVersionConflict } from '../../api/field-errors';
import { decideReview } from '../../api/review-client';
import type { ChecklistJudgement, ReviewDetail } from '../../api/review-types';
import { api } from '../../services';
import { ChecklistFieldset, type Verdicts } from './review-checklist-fieldset';
import { NO_REVIEW_ERRORS, reviewErrorsOf, type ReviewErrors } from './review-errors';
import { ServerErrorAlert } from '../../forms/server-error-alert';

export type ReviewDecision = 'approve' | 'reject';

interface ReviewDecisionFormProps {
  detail: ReviewDetail;
  /** Called once the server has accepted the decision. */
  onDecided: (decision: ReviewDecision) => Promise<void>;
  /** 409 ORDER_VERSION_CONFLICT: the page reloads and says so. */
  onConflict: () => Promise<void>;
}

/**
 * 初审: the checklist, a comment, and 初审通过 / 驳回 — shown only when the server lists them in `allowedActions`.
 * The form sends the version the reviewer judged; it does not second-guess the rules (all items passed to approve,
 * a failed item and a comment to reject): the server answers, and its message is shown by the control it concerns.
 */
export function ReviewDecisionForm({ detail, onDecided, onConflict }: ReviewDecisionFormProps) {
  const { order, checklist } = detail;
  const [version] = useState(order.version);
  const [verdicts, setVerdicts] = useState<Verdicts>(() => Object.fromEntries(checklist.map((c) => [c.item, c.verdict])));
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<ReviewErrors>(NO_REVIEW_ERRORS);
  const [busy, setBusy] = useState<ReviewDecision | null>(null);
  const canApprove = order.allowedActions.includes('approve');
  const canReject = order.allowedActions.includes('reject');

  async function decide(decision: ReviewDecision) {
    if (busy) return;
    setBusy(decision);
    setErrors(NO_REVIEW_ERRORS);
    // Undecided items are left out, so the server names them ("以下审核项未评定…").
    const judged: ChecklistJudgement[] = checklist.flatMap((c) => {
      const verdict = verdicts[c.item];
      return verdict ? [{ item: c.item, verdict }] : [];
    });
    try {
      await decideReview(api, order.id, decision, version, judged, comment);
    } catch (error) {
      if (isVersionConflict(error)) {
        await onConflict();
        return;
      }
      setErrors(reviewErrorsOf(error, judged.map((j) => j.item)));
      setBusy(null);
      return;
    }
    await onDecided(decision);
  }

  if (!canApprove && !canReject) {
    return (
      <section className="panel" aria-labelledby="review-decision-title">
        <h2 id="review-decision-title">初审</h2>
        <p className="muted">当前状态下您不能初审该工单。</p>
      </section>
    );
  }

  return (
    <section className="panel review-decision" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title">初审</h2>
      <form onSubmit={(event) => event.preventDefault()} noValidate aria-busy={busy !== null}>
        <ChecklistFieldset
          items={checklist}
          verdicts={verdicts}
          onChange={(item, verdict) => setVerdicts((v) => ({ ...v, [item]: verdict }))}
          error={errors.checklist}
          itemErrors={errors.items}
          disabled={busy !== null}
        />
        <div className="field">
          <label htmlFor="review-comment">审核意见</label>
          <textarea
            id="review-comment"
            rows={3}
            maxLength={500}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={errors.comment ? 'review-comment-error review-comment-hint' : 'review-comment-hint'}
          />
          <span id="review-comment-hint" className="muted small">
            驳回时必填，写明需要补充或改正的内容
          </span>
          {errors.comment ? (
            <span id="review-comment-error" className="field__error" role="alert">
              {errors.comment}
            </span>
          ) : null}
        </div>
        <ServerErrorAlert errors={errors} />
        <div className="review-decision__buttons">
          {canApprove ? (
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void decide('approve')}>
              {busy === 'approve' ? '正在提交…' : '初审通过'}
            </button>
          ) : null}
          {canReject ? (
            <button type="button" className="button review-decision__reject" disabled={busy !== null} onClick={() => void decide('reject')}>
              {busy === 'reject' ? '正在提交…' : '驳回'}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
