import type { EntityManager } from 'typeorm';

/** A routing rule that names a unit as lead or co-unit, as the 停用 warning lists it. */
export interface RuleNamingUnit {
  id: string;
  categoryPrefix: string;
  /** null: the rule applies to every community. */
  communityName: string | null;
}

/** The street's routing rules that name the unit (lead or co-unit), in the order the 派单规则 panel lists them. */
export async function rulesNamingUnit(m: Pick<EntityManager, 'query'>, street: string, unitCode: string): Promise<RuleNamingUnit[]> {
  return (await m.query(
    `SELECT r.id, r.category_prefix AS "categoryPrefix", c.name AS "communityName"
       FROM routing_rule r LEFT JOIN community c ON c.id = r.community_id
      WHERE r.street_code = $1 AND (r.unit_code = $2 OR $2 = ANY(r.co_unit_codes))
      ORDER BY r.category_prefix, c.name NULLS FIRST`,
    [street, unitCode],
  )) as RuleNamingUnit[];
}
