import { matchCommunity, type CommunityMatch, type GazetteerCommunity } from './gazetteer.js';
import { suggestCategory, type CategorySuggestion, type KeywordRule } from './keyword-category.js';
import { suggestUnit, type RoutingRule, type RoutingUnit, type UnitSuggestion } from './routing.js';
import { ChineseSegmenter } from './segmenter.js';

/** The street's reference data that classification reads (loaded from the database, or from the seed file). */
export interface IntakeReference {
  communities: GazetteerCommunity[];
  /** Every category path of the tree (all three levels). */
  categoryPaths: string[];
  keywordRules: KeywordRule[];
  routing: RoutingRule[];
  units: RoutingUnit[];
}

export interface Classification {
  community: CommunityMatch | null;
  category: CategorySuggestion | null;
  unit: UnitSuggestion | null;
}

export interface ClassifyInput {
  address: string;
  content: string;
  /** Category given by the platform or the operator; the unit follows it rather than the suggestion. */
  category?: string | null;
  /** Community set by a person; it beats the gazetteer. */
  communityId?: string | null;
}

/** Community, category and unit suggestions for an order, each with its reason (DESIGN §5). */
export class Classifier {
  private readonly segmenter: ChineseSegmenter;

  constructor(readonly reference: IntakeReference) {
    const words = [
      ...reference.communities.flatMap((c) => [c.name, ...c.gazetteer]),
      ...reference.categoryPaths.flatMap((p) => p.split('/')),
      ...reference.keywordRules.flatMap((r) => r.keywords),
    ];
    this.segmenter = ChineseSegmenter.withWords(words);
  }

  words(text: string): string[] {
    return this.segmenter.cut(text);
  }

  community(address: string): CommunityMatch | null {
    return matchCommunity(address, this.reference.communities);
  }

  classify(input: ClassifyInput): Classification {
    const community = this.community(input.address);
    const category = suggestCategory(this.words(input.content), this.reference.keywordRules);
    const communityId = input.communityId ?? community?.communityId ?? null;
    const unit = suggestUnit(input.category ?? category?.category ?? null, communityId, this.reference.routing, this.reference.units);
    return { community, category, unit };
  }
}
