import { compactText } from '@app/address';

export interface GazetteerCommunity {
  id: string;
  name: string;
  gazetteer: readonly string[];
}

export interface CommunityMatch {
  communityId: string;
  communityName: string;
  /** The gazetteer entry found in the address: the "why" shown to the operator. */
  entry: string;
}

/**
 * House numbers and their suffixes (甲8号, 12号院, 3号楼, 2单元, 501室): they say where in a street, not which
 * street. Cut out of both the address and the entries, with a separator so that no entry matches across the cut.
 */
const HOUSE_NUMBER = /[甲乙丙丁]?\d+(?:-\d+)*(?:号院|号楼|号|单元|栋|幢|层|楼|室|门)?/g;

function streetForm(value: string): string {
  return compactText(value).replace(HOUSE_NUMBER, '|');
}

/**
 * The community of an address through the street's gazetteer (DESIGN §5). The longest entry found wins, so an
 * address on 南华东街 is not taken for a shorter entry it happens to contain; full-width digits and house-number
 * suffixes (号院, 号楼, 单元) on either side do not matter. Null when nothing matches: a person sets it.
 */
export function matchCommunity(address: string, communities: readonly GazetteerCommunity[]): CommunityMatch | null {
  const target = streetForm(address);
  let best: (CommunityMatch & { length: number }) | null = null;
  for (const community of communities) {
    for (const entry of community.gazetteer) {
      const form = streetForm(entry).replace(/\|+$/, '');
      if (!form || !target.includes(form)) continue;
      if (!best || form.length > best.length) {
        best = { communityId: community.id, communityName: community.name, entry, length: form.length };
      }
    }
  }
  return best && { communityId: best.communityId, communityName: best.communityName, entry: best.entry };
}
