import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local order numbers handed back by intakes that rolled back (issue 14): the number is now drawn on its own
 * connection, so the counter is not held until the intake commits; the next draw of the street and day takes the
 * lowest number handed back, which keeps the numbering without gaps.
 */
export class ReturnedOrderNumbers1765763600000 implements MigrationInterface {
  name = 'ReturnedOrderNumbers1765763600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE order_number_returned (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        day date NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (street_code, day, n)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE order_number_returned`);
  }
}
