import type { EntityManager } from 'typeorm';
import { ChineseSegmenter } from '@app/intake';

const TTL_MS = 10 * 60_000;

/**
 * A segmenter per street that knows the street's own vocabulary — community names, its gazetteer (roads, courtyards)
 * and the category names — so 黑窑厂街 or 占道经营 count as one word. Built once and kept for ten minutes (an admin's
 * new community name is picked up without a restart).
 */
export class StreetSegmenters {
  private readonly cache = new Map<string, { at: number; segmenter: ChineseSegmenter }>();

  async of(m: EntityManager, streetCode: string): Promise<ChineseSegmenter> {
    const hit = this.cache.get(streetCode);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.segmenter;
    const rows = (await m.query(
      `SELECT name AS word FROM community WHERE street_code = $1
       UNION SELECT unnest(gazetteer) FROM community WHERE street_code = $1
       UNION SELECT name FROM category WHERE street_code = $1`,
      [streetCode],
    )) as { word: string }[];
    const segmenter = ChineseSegmenter.withWords(rows.map((r) => r.word));
    this.cache.set(streetCode, { at: Date.now(), segmenter });
    return segmenter;
  }
}
