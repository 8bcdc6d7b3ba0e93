import type { ChecklistVerdict } from '@app/orders/domain/review-checklist';
import { Button, Form, Radio, Tag, type FormInstance } from 'antd';
import type { SuggestedVerdict } from '../../api/review-types';
import { verdictChoices } from '../../forms/checklist-verdicts';

/** The decision form's values: a verdict per item code (unset until judged), and the comment. */
export interface DecisionValues {
  verdicts: Record<string, ChecklistVerdict | undefined>;
  comment: string;
}

interface ChecklistFieldsetProps {
  form: FormInstance<DecisionValues>;
  items: readonly SuggestedVerdict[];
  /** About the whole list, from the server (e.g. 驳回须至少一项不通过). */
  error: string | null;
  disabled: boolean;
}

/**
 * 审核项: every item of the street's checklist judged 通过 / 不通过, or 不适用 where the item allows it — one click
 * each. Items screening pre-failed start as 不通过 with the reason beside them; the others start undecided, so the
 * reviewer looks at each one, or takes 全部通过 for a clean reply and then changes what is wrong.
 */
export function ChecklistFieldset({ form, items, error, disabled }: ChecklistFieldsetProps) {
  const verdicts = Form.useWatch('verdicts', form) ?? {};
  const judged = items.filter((item) => verdicts[item.item]).length;

  // Every item to 通过, and its error gone with it (setFieldsValue would leave a stale 此项未评定 in place).
  const passAll = () => form.setFields(items.map((item) => ({ name: ['verdicts', item.item], value: 'pass', errors: [] })));

  return (
    <fieldset className="review-checklist" aria-describedby={error ? 'review-checklist-error' : undefined}>
      <legend className="review-checklist__legend">
        审核项<span className="field__required"> *</span>
      </legend>
      <div className="review-checklist__toolbar">
        <span className="muted small" role="status">
          已评定 {judged} / {items.length} 项
        </span>
        <Button size="small" onClick={passAll} disabled={disabled}>
          全部通过
        </Button>
      </div>
      {items.map((item) => (
        <div key={item.item} className="review-checklist__row">
          <div className="review-checklist__label">
            {item.label}
            {item.verdict === 'fail' ? <Tag color="warning">筛查预判不通过</Tag> : null}
            {verdicts[item.item] ? null : <span className="muted small">（未评定）</span>}
          </div>
          {item.findings.map((finding, i) => (
            <div key={i} className="muted small">
              {finding.message}
            </div>
          ))}
          <Form.Item name={['verdicts', item.item]} rules={[{ required: true, message: '此项未评定' }]} className="review-checklist__item">
            <Radio.Group
              aria-label={item.label}
              options={verdictChoices(item).map((verdict) => ({ ...verdict, className: `review-verdict review-verdict--${verdict.value}` }))}
            />
          </Form.Item>
        </div>
      ))}
      {error ? (
        <div id="review-checklist-error" className="ant-form-item-explain-error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
