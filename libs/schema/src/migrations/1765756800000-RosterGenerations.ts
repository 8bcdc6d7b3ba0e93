import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster generations run as `roster-generate` jobs (issue 14): the request returns at once and the solve's progress
 * (incumbent, bound, gap) is kept here for GET and pushed to the 排班 page. A cancel is a flag the job polls, so it
 * works from any api process whichever worker runs the solve.
 */
export class RosterGenerations1765756800000 implements MigrationInterface {
  name = 'RosterGenerations1765756800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roster_generation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        month char(7) NOT NULL,
        method varchar(12) NOT NULL CHECK (method IN ('optimiser', 'greedy')),
        time_limit_seconds integer NOT NULL,
        status varchar(12) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
        cancel_requested boolean NOT NULL DEFAULT false,
        progress jsonb,
        roster_id uuid REFERENCES roster(id),
        report jsonb,
        error_message text,
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX roster_generation_street ON roster_generation (street_code, requested_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roster_generation`);
  }
}
