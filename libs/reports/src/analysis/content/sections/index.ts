import type { AnalysisSection } from './blocks.js';
import { casesSection } from './cases.section.js';
import { categoriesSection } from './categories.section.js';
import { communitiesSection } from './communities.section.js';
import { hotspotsSection } from './hotspots.section.js';
import { overviewSection } from './overview.section.js';
import { rankingsSection } from './rankings.section.js';
import { suggestionsSection } from './suggestions.section.js';
import { timelinessSection } from './timeliness.section.js';
import { trendSection } from './trend.section.js';

/** The report's sections in the order the district's template has them (DESIGN §9), numbered 一 … 九 by the builder. */
export const ANALYSIS_SECTIONS: readonly AnalysisSection[] = [
  overviewSection,
  trendSection,
  categoriesSection,
  hotspotsSection,
  communitiesSection,
  rankingsSection,
  timelinessSection,
  casesSection,
  suggestionsSection,
];

export type { AnalysisSection } from './blocks.js';
