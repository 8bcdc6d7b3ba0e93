/** A street chain's newest record at the moment of a checkpoint. */
export interface ChainHead {
  streetCode: string;
  id: number;
  hash: string;
}

/**
 * The audit chain's heads at one moment, kept apart from the database (Redis, or a file under DATA_DIR) and printed
 * in the monthly ledger. The table can be rewritten by whoever can disable its trigger, but not a checkpoint taken
 * before: a head that is missing later means the chain's end was cut, a head whose hash changed means the chain was
 * rewritten and hashed again.
 */
export interface AuditCheckpoint {
  /** ISO instant the heads were read. */
  at: string;
  heads: ChainHead[];
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Every street's newest record. Streets are found by skipping along the (street_code, id) index one code at a time
 * rather than by a DISTINCT over the whole table, which would read every record every five minutes.
 */
export async function readChainHeads(db: Queryable): Promise<ChainHead[]> {
  const rows = (await db.query(`
    WITH RECURSIVE streets AS (
      SELECT min(street_code) AS code FROM audit_log
      UNION ALL
      SELECT (SELECT min(street_code) FROM audit_log WHERE street_code > streets.code) FROM streets WHERE streets.code IS NOT NULL
    )
    SELECT s.code AS street_code, head.id, head.hash
      FROM streets s
      CROSS JOIN LATERAL (SELECT id, hash FROM audit_log WHERE street_code = s.code ORDER BY id DESC LIMIT 1) head
     ORDER BY s.code`)) as { street_code: string; id: string; hash: string }[];
  return rows.map((r) => ({ streetCode: r.street_code, id: Number(r.id), hash: r.hash }));
}
