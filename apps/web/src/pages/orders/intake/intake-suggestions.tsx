import { Button, Tag } from 'antd';
import type { ClassifyPreview } from '../../../api/intake-types';
import type { DebouncedAnswer } from './use-debounced-request';

export type AdoptableField = 'communityId' | 'category';

interface SuggestionsProps {
  answer: DebouncedAnswer<ClassifyPreview>;
  /** The form's current values, to tell an adopted suggestion from one still on offer. */
  chosen: { communityId?: string; category?: string };
  onAdopt: (field: AdoptableField, value: string) => void;
}

/**
 * 分类建议 while typing: community (gazetteer), category (keywords) and unit (routing rule), each with its reason so
 * the operator can judge it, and 采用 to fill the field in one click. The unit is only shown: it is chosen at 派单.
 */
export function IntakeSuggestions({ answer, chosen, onAdopt }: SuggestionsProps) {
  const { data, pending, failed } = answer;
  return (
    <section className="panel intake-assist__panel" aria-labelledby="intake-suggestions-title" aria-busy={pending}>
      <div className="panel__header">
        <h2 id="intake-suggestions-title">分类建议</h2>
        {pending ? <span className="muted small">正在分析…</span> : null}
      </div>
      {failed ? <p className="muted small">建议暂时无法获取，请直接填写。</p> : null}
      {!data && !failed ? <p className="muted small">输入诉求地址和内容后，这里给出所属社区、问题分类和承办单位的建议及理由。</p> : null}
      {data && !data.community && !data.category && !data.unit ? <p className="muted small">暂无可参考的建议。</p> : null}
      {data && (data.community || data.category || data.unit) ? (
        <dl className="intake-suggestions">
          {data.community ? (
            <Suggestion
              label="所属社区"
              value={data.community.communityName}
              reason={data.community.reason}
              adopted={chosen.communityId === data.community.communityId}
              onAdopt={() => onAdopt('communityId', data.community!.communityId)}
            />
          ) : null}
          {data.category ? (
            <Suggestion
              label="问题分类"
              value={data.category.category}
              reason={data.category.reason}
              adopted={chosen.category === data.category.category}
              onAdopt={() => onAdopt('category', data.category!.category)}
            />
          ) : null}
          {data.unit ? (
            <Suggestion
              label="承办单位"
              value={data.unit.unitName ?? '无匹配单位'}
              reason={[data.unit.reason, data.unit.coUnits.length ? `协办：${data.unit.coUnits.map((u) => u.name).join('、')}` : '']
                .filter(Boolean)
                .join('；')}
              note="派单时参考"
            />
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}

interface SuggestionProps {
  label: string;
  value: string;
  reason: string;
  adopted?: boolean;
  onAdopt?: () => void;
  /** Instead of 采用, for a suggestion this form has no field for. */
  note?: string;
}

function Suggestion({ label, value, reason, adopted, onAdopt, note }: SuggestionProps) {
  return (
    <div className="intake-suggestions__row">
      <dt>{label}</dt>
      <dd>
        <span className="intake-suggestions__value">{value}</span>
        <span className="muted small">{reason}</span>
      </dd>
      <dd className="intake-suggestions__action">
        {note ? <span className="muted small">{note}</span> : null}
        {onAdopt && adopted ? <Tag color="success">已采用</Tag> : null}
        {onAdopt && !adopted ? (
          // The visible word is the start of the name (WCAG 2.5.3); the rest says which of the three rows.
          <Button size="small" type="primary" ghost aria-label={`采用${label}建议：${value}`} onClick={onAdopt}>
            采用
          </Button>
        ) : null}
      </dd>
    </div>
  );
}
