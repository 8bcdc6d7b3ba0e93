import type { Classification } from './classifier.js';

/** Suggestions as stored and shown: each with the reason in words (which gazetteer entry, keyword, rule). */
export function suggestionView(result: Classification) {
  const { community, category, unit } = result;
  return {
    community: community && { ...community, reason: `地址含“${community.entry}”，属${community.communityName}（地名录）` },
    category: category && { ...category, reason: `内容含关键词“${category.keywords.join('、')}”（关键词规则：${category.category}）` },
    unit: unit && { ...unit },
  };
}
export type SuggestionView = ReturnType<typeof suggestionView>;
