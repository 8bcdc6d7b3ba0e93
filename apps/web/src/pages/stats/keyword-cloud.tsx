import type { CSSProperties } from 'react';
import type { StatsKeyword } from '../../api/stats-types';
import { Link } from '../../routing/link';
import { weighKeywords, type WeightedKeyword } from './keyword-weights';

// Inline: the cloud's only layout, and each word's size and colour come from its own weight anyway.
const CLOUD: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'baseline',
  gap: '4px 14px',
  margin: 0,
  padding: '8px 4px',
  listStyle: 'none',
  lineHeight: 1.3,
};

const TIER_COLOUR: Record<WeightedKeyword['tier'], string> = { 1: 'var(--c-muted)', 2: 'var(--c-brand)', 3: 'var(--c-brand-dark)' };

/**
 * 关键词 (DESIGN §8 hotspots) as a tag cloud: the period's words by TF-IDF, sized and coloured by score, strongest
 * first. Each word opens the 工单 list searched for it (`hrefOf`), in the same period and scope.
 */
export function KeywordCloud({ keywords, hrefOf }: { keywords: readonly StatsKeyword[]; hrefOf: (term: string) => string }) {
  return (
    <ul style={CLOUD} aria-label="关键词云">
      {weighKeywords(keywords).map((k) => (
        <li key={k.term}>
          <Link
            to={hrefOf(k.term)}
            title={`${k.term}：出现 ${k.count} 次，${k.orders} 件工单；TF-IDF ${k.score}`}
            aria-label={`关键词 ${k.term}，${k.orders} 件工单`}
            style={{ fontSize: k.fontSize, fontWeight: k.tier === 3 ? 600 : 400, color: TIER_COLOUR[k.tier] }}
          >
            {k.term}
          </Link>
        </li>
      ))}
    </ul>
  );
}
