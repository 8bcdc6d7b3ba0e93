import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Overdue per clock (DESIGN §4). `order_clock.late` records, when a clock stops, whether it stopped after its due
 * time (the fact the timeliness statistics count); `work_order.overdue_clocks` names the running clocks now past due
 * (what the 超期 queue and the order's headline flag mean). Before this, the order's flag was set by the first alarm
 * and never cleared, so a clock met by a late-reported contact kept the order 超期 for good.
 */
export class ClockOverdue1764806400000 implements MigrationInterface {
  name = 'ClockOverdue1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE order_clock ADD COLUMN late boolean`);
    await q.query(`UPDATE order_clock SET late = stopped_at > due_at WHERE stopped_at IS NOT NULL`);
    await q.query(`ALTER TABLE work_order ADD COLUMN overdue_clocks varchar(16)[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE work_order o SET overdue_clocks = coalesce(
        (SELECT array_agg(c.kind ORDER BY c.kind) FROM order_clock c
          WHERE c.order_id = o.id AND c.stopped_at IS NULL AND c.overdue_at IS NOT NULL), '{}')`);
    await q.query(`UPDATE work_order SET overdue = cardinality(overdue_clocks) > 0`);
    await q.query(`CREATE INDEX work_order_overdue ON work_order (street_code) WHERE overdue`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS work_order_overdue`);
    await q.query(`ALTER TABLE work_order DROP COLUMN overdue_clocks`);
    await q.query(`ALTER TABLE order_clock DROP COLUMN late`);
  }
}
