import { Button, Form, Input } from 'antd';
import { useRef, useState } from 'react';
import { isVersionConflict } from '../../api/field-errors';
import { decideReview } from '../../api/review-client';
import type { ChecklistJudgement, ReviewDetail } from '../../api/review-types';
import { ServerErrorAlert } from '../../forms/server-error-alert';
import { api } from '../../services';
import { ChecklistFieldset, type DecisionValues } from './review-checklist-fieldset';
import { NO_REVIEW_ERRORS, reviewErrorsOf, type ReviewErrors } from './review-errors';

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
 * The form checks only what it can see (every item judged, a comment to reject) and sends the version the reviewer
 * judged; the rules about verdicts (all passed to approve, one failed to reject) are the server's, and its refusal
 * is shown next to the items it names.
 */
export function ReviewDecisionForm({ detail, onDecided, onConflict }: ReviewDecisionFormProps) {
  const { order, checklist } = detail;
  const [form] = Form.useForm<DecisionValues>();
  const [version] = useState(order.version);
  const [errors, setErrors] = useState<ReviewErrors>(NO_REVIEW_ERRORS);
  const [busy, setBusy] = useState<ReviewDecision | null>(null);
  // Which button was pressed: the comment is required only for 驳回, and its rule reads this.
  const decision = useRef<ReviewDecision | null>(null);
  const canApprove = order.allowedActions.includes('approve');
  const canReject = order.allowedActions.includes('reject');

  async function decide(chosen: ReviewDecision) {
    if (busy) return;
    decision.current = chosen;
    setErrors(NO_REVIEW_ERRORS);
    let values: DecisionValues;
    try {
      values = await form.validateFields();
    } catch (failure) {
      const first = (failure as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
      return;
    }
    setBusy(chosen);
    const judged: ChecklistJudgement[] = checklist.flatMap((c) => {
      const verdict = values.verdicts?.[c.item];
      return verdict ? [{ item: c.item, verdict }] : [];
    });
    try {
      await decideReview(api, order.id, chosen, version, judged, values.comment ?? '');
    } catch (error) {
      if (isVersionConflict(error)) {
        await onConflict();
        return;
      }
      showRefusal(reviewErrorsOf(error, judged.map((j) => j.item)));
      setBusy(null);
      return;
    }
    await onDecided(chosen);
  }

  /** The server's refusal: on the items and the comment it names, the rest above the buttons. */
  function showRefusal(refusal: ReviewErrors) {
    setErrors(refusal);
    const fields: { name: ['verdicts', string] | ['comment']; errors: string[] }[] = [
      ...Object.entries(refusal.items).map(([item, text]) => ({ name: ['verdicts', item] as ['verdicts', string], errors: [text] })),
      ...(refusal.comment ? [{ name: ['comment'] as ['comment'], errors: [refusal.comment] }] : []),
    ];
    form.setFields(fields);
    if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
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
      <Form<DecisionValues>
        form={form}
        name="review"
        layout="vertical"
        disabled={busy !== null}
        aria-busy={busy !== null}
        initialValues={{ verdicts: Object.fromEntries(checklist.map((c) => [c.item, c.verdict ?? undefined])), comment: '' }}
      >
        <ChecklistFieldset form={form} items={checklist} error={errors.checklist} disabled={busy !== null} />
        <Form.Item
          name="comment"
          label="审核意见"
          extra="驳回时必填，写明需要补充或改正的内容"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                decision.current === 'reject' && !value?.trim() ? Promise.reject(new Error('驳回时请填写审核意见')) : Promise.resolve(),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <ServerErrorAlert errors={errors} />
        <div className="review-decision__buttons">
          {canApprove ? (
            <Button type="primary" loading={busy === 'approve'} onClick={() => void decide('approve')}>
              {busy === 'approve' ? '正在提交…' : '初审通过'}
            </Button>
          ) : null}
          {canReject ? (
            <Button danger loading={busy === 'reject'} onClick={() => void decide('reject')}>
              {busy === 'reject' ? '正在提交…' : '驳回'}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
