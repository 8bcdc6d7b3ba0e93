import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Routing rules by category × community with a priority (DESIGN §5). A rule without a community applies to the whole
 * street; one prefix may have one street-wide rule and one rule per community, so the uniqueness treats NULL as one
 * value (NULLS NOT DISTINCT: PostgreSQL 15 and the embedded PGlite, which is PostgreSQL 17, both accept it).
 */
export class RoutingRuleCommunityPriority1765778000000 implements MigrationInterface {
  name = 'RoutingRuleCommunityPriority1765778000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing_rule ADD COLUMN community_id uuid NULL REFERENCES community(id)`);
    await q.query(`ALTER TABLE routing_rule ADD COLUMN priority integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE routing_rule DROP CONSTRAINT routing_rule_street_code_category_prefix_key`);
    await q.query(
      `CREATE UNIQUE INDEX routing_rule_street_prefix_community_key ON routing_rule (street_code, category_prefix, community_id) NULLS NOT DISTINCT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Community-specific rules cannot survive the old one-rule-per-prefix shape.
    await q.query(`DELETE FROM routing_rule WHERE community_id IS NOT NULL`);
    await q.query(`DROP INDEX routing_rule_street_prefix_community_key`);
    await q.query(`ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_street_code_category_prefix_key UNIQUE (street_code, category_prefix)`);
    await q.query(`ALTER TABLE routing_rule DROP COLUMN priority`);
    await q.query(`ALTER TABLE routing_rule DROP COLUMN community_id`);
  }
}
