import type { EntityManager } from 'typeorm';

type Db = Pick<EntityManager, 'query'>;

/** The street's stop words (系统管理 → 停用词), in the order the admin sees them. */
export async function stopWordsOf(m: Db, streetCode: string): Promise<string[]> {
  const rows = (await m.query('SELECT word FROM stop_word WHERE street_code = $1 ORDER BY word', [streetCode])) as { word: string }[];
  return rows.map((r) => r.word);
}
