import type { ChecklistVerdict } from '@app/orders/domain/review-checklist';
import type { SuggestedVerdict } from '../../api/review-types';
import { verdictChoices } from '../../forms/checklist-verdicts';

export type Verdicts = Record<string, ChecklistVerdict | null>;

interface ChecklistFieldsetProps {
  items: readonly SuggestedVerdict[];
  verdicts: Verdicts;
  onChange: (item: string, verdict: ChecklistVerdict) => void;
  /** About the whole list (e.g. 以下审核项未评定…). */
  error: string | null;
  itemErrors: Record<string, string>;
  disabled: boolean;
}

/**
 * 审核项: every item of the street's checklist judged 通过 / 不通过, or 不适用 where the item allows it. Items
 * screening pre-failed start as 不通过 with the reason beside them; the others start undecided, so the reviewer must
 * look at each one.
 */
export function ChecklistFieldset({ items, verdicts, onChange, error, itemErrors, disabled }: ChecklistFieldsetProps) {
  return (
    <fieldset className="field review-checklist" aria-describedby={error ? 'review-checklist-error' : undefined}>
      <legend>
        审核项<span className="field__required"> *</span>
      </legend>
      {items.map((item) => {
        const errorId = `review-item-${item.item}-error`;
        const undecided = !verdicts[item.item];
        return (
          <div
            key={item.item}
            className={`review-checklist__row${itemErrors[item.item] ? ' review-checklist__row--error' : ''}`}
            role="radiogroup"
            aria-label={item.label}
            aria-invalid={itemErrors[item.item] ? true : undefined}
            aria-describedby={itemErrors[item.item] ? errorId : undefined}
          >
            <div className="review-checklist__label">
              {item.label}
              {item.verdict === 'fail' ? <span className="tag tag--warning">筛查预判不通过</span> : null}
              {undecided ? <span className="muted small">（未评定）</span> : null}
            </div>
            {item.findings.map((finding, i) => (
              <div key={i} className="muted small">
                {finding.message}
              </div>
            ))}
            <div className="field__choices">
              {verdictChoices(item).map((verdict) => (
                <label key={verdict.value} className="chip">
                  <input
                    type="radio"
                    name={`review-item-${item.item}`}
                    value={verdict.value}
                    checked={verdicts[item.item] === verdict.value}
                    disabled={disabled}
                    onChange={() => onChange(item.item, verdict.value)}
                  />
                  {verdict.label}
                </label>
              ))}
            </div>
            {itemErrors[item.item] ? (
              <span id={errorId} className="field__error">
                {itemErrors[item.item]}
              </span>
            ) : null}
          </div>
        );
      })}
      {error ? (
        <span id="review-checklist-error" className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
