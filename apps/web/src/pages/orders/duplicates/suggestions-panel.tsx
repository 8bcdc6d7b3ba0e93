import { getSuggestions } from '../../../api/intake-client';
import type { OrderDetail } from '../../../api/order-types';
import { api } from '../../../services';
import { useOrderResource } from './use-order-resource';

const loadSuggestions = (orderId: string, signal: AbortSignal) => getSuggestions(api, orderId, signal);

/**
 * 分类建议: what intake suggested for community, category and unit, each with its reason (gazetteer entry,
 * keywords, routing rule), so the operator can see why before accepting or changing it. Hidden when the server
 * kept no suggestions for the order.
 */
export function SuggestionsPanel({ order }: { order: OrderDetail }) {
  const { data } = useOrderResource(loadSuggestions, order.id, order.version, '分类建议加载失败');
  const suggestions = data?.suggestions;
  if (!suggestions || (!suggestions.community && !suggestions.category && !suggestions.unit)) return null;
  const { community, category, unit } = suggestions;
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <div className="panel__header">
        <h2 id="suggestions-title">分类建议</h2>
        <span className="muted small">接单时系统给出</span>
      </div>
      <dl className="suggestions">
        <Suggestion label="所属社区" value={community?.communityName} reason={community?.reason} />
        <Suggestion label="问题分类" value={category?.category} reason={category?.reason} />
        <Suggestion label="承办单位" value={unit?.unitName} reason={unit?.reason} />
        {unit?.override ? (
          <Suggestion label="实际指定" value={unit.override.unitName} reason={unit.override.reason ?? '坐席改选'} />
        ) : null}
      </dl>
    </section>
  );
}

function Suggestion({ label, value, reason }: { label: string; value: string | null | undefined; reason: string | undefined }) {
  return (
    <div className="suggestions__row">
      <dt>{label}</dt>
      <dd>
        <span>{value || <span className="muted">无建议</span>}</span>
        {reason ? <span className="muted small suggestions__reason">{reason}</span> : null}
      </dd>
    </div>
  );
}
