import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 7×24 rostering (DESIGN §7): shift templates, staff with skills and absences, coverage demand with date
 * overrides, monthly rosters (each generation or edit is a numbered revision, one published per month), swap and
 * cover requests, sick calls, attendance (check-in/out) and shift handovers (交接班).
 * Staff are keyed by their code inside a street: the roster domain names people by it ("王晓燕（S01）").
 * Times of day are Beijing wall-clock text ('HH:MM'); instants are timestamptz.
 */
export class Roster1764460800000 implements MigrationInterface {
  name = 'Roster1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shift_template (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        code varchar(16) NOT NULL,
        name text NOT NULL,
        start_time char(5) NOT NULL,
        end_time char(5) NOT NULL,
        skills text[] NOT NULL DEFAULT '{}',
        teams text[],
        workdays_only boolean NOT NULL DEFAULT false,
        night boolean,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (street_code, code)
      )`);

    await q.query(`
      CREATE TABLE roster_staff (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        code varchar(16) NOT NULL,
        name text NOT NULL,
        team varchar(8) NOT NULL CHECK (team IN ('seat', 'office')),
        skills text[] NOT NULL DEFAULT '{}',
        contract_hours numeric(6,1) NOT NULL,
        max_hours numeric(6,1) NOT NULL,
        allowed_shifts text[],
        preferences jsonb NOT NULL DEFAULT '{}',
        user_id uuid REFERENCES app_user(id),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (street_code, code),
        CHECK (max_hours >= contract_hours)
      )`);
    await q.query(`CREATE UNIQUE INDEX roster_staff_user_uq ON roster_staff (user_id) WHERE user_id IS NOT NULL`);

    // Leave is by whole dates; unavailability may name a time ('YYYY-MM-DDTHH:MM'), as in the domain types.
    await q.query(`
      CREATE TABLE staff_absence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL,
        staff_code varchar(16) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('leave', 'unavailability')),
        from_value varchar(16) NOT NULL,
        to_value varchar(16) NOT NULL,
        reason text,
        created_at timestamptz NOT NULL,
        FOREIGN KEY (street_code, staff_code) REFERENCES roster_staff(street_code, code)
      )`);
    await q.query(`CREATE INDEX staff_absence_staff ON staff_absence (street_code, staff_code)`);

    await q.query(`
      CREATE TABLE coverage_demand (
        street_code varchar(12) PRIMARY KEY REFERENCES street(code),
        seats_by_hour_of_week jsonb NOT NULL,
        dispatch_by_hour_of_week jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE coverage_override (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        date date NOT NULL,
        from_hour smallint NOT NULL DEFAULT 0 CHECK (from_hour BETWEEN 0 AND 23),
        to_hour smallint NOT NULL DEFAULT 24 CHECK (to_hour BETWEEN 1 AND 24),
        seats smallint,
        extra_seats smallint,
        dispatch smallint,
        reason text,
        created_at timestamptz NOT NULL,
        CHECK (from_hour < to_hour)
      )`);
    await q.query(`CREATE INDEX coverage_override_date ON coverage_override (street_code, date)`);

    await q.query(`
      CREATE TABLE roster (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        month char(7) NOT NULL,
        revision integer NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('draft', 'published', 'superseded')),
        source varchar(16) NOT NULL,
        generation jsonb,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        published_by uuid REFERENCES app_user(id),
        UNIQUE (street_code, month, revision)
      )`);
    // At most one published roster per month: the one "on duty now" and swaps read.
    await q.query(`CREATE UNIQUE INDEX roster_published_uq ON roster (street_code, month) WHERE status = 'published'`);
    await q.query(`
      CREATE TABLE roster_assignment (
        roster_id uuid NOT NULL REFERENCES roster(id) ON DELETE CASCADE,
        street_code varchar(12) NOT NULL,
        staff_code varchar(16) NOT NULL,
        duty_date date NOT NULL,
        shift_code varchar(16) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        PRIMARY KEY (roster_id, staff_code, duty_date, shift_code)
      )`);
    await q.query(`CREATE INDEX roster_assignment_time ON roster_assignment (street_code, starts_at, ends_at)`);

    await q.query(`
      CREATE TABLE roster_swap_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        roster_id uuid NOT NULL REFERENCES roster(id),
        kind varchar(8) NOT NULL CHECK (kind IN ('swap', 'cover')),
        remove_assignments jsonb NOT NULL,
        add_assignments jsonb NOT NULL,
        reason text,
        status varchar(12) NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_by uuid REFERENCES app_user(id),
        requested_at timestamptz NOT NULL,
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        decision_note text,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX roster_swap_request_status ON roster_swap_request (street_code, status)`);

    await q.query(`
      CREATE TABLE roster_sick_call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        roster_id uuid NOT NULL REFERENCES roster(id),
        staff_code varchar(16) NOT NULL,
        duty_date date NOT NULL,
        shift_code varchar(16) NOT NULL,
        gaps jsonb NOT NULL,
        candidates jsonb NOT NULL,
        status varchar(12) NOT NULL CHECK (status IN ('open', 'covered')),
        replacement_code varchar(16),
        reported_by uuid REFERENCES app_user(id),
        reported_at timestamptz NOT NULL,
        covered_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);

    await q.query(`
      CREATE TABLE roster_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        staff_code varchar(16) NOT NULL,
        duty_date date NOT NULL,
        shift_code varchar(16) NOT NULL,
        scheduled_start timestamptz NOT NULL,
        scheduled_end timestamptz NOT NULL,
        check_in_at timestamptz,
        check_out_at timestamptz,
        late_minutes integer NOT NULL DEFAULT 0,
        early_leave_minutes integer NOT NULL DEFAULT 0,
        UNIQUE (street_code, staff_code, duty_date, shift_code)
      )`);
    await q.query(`CREATE INDEX roster_attendance_time ON roster_attendance (street_code, scheduled_start)`);

    await q.query(`
      CREATE TABLE shift_handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        street_code varchar(12) NOT NULL REFERENCES street(code),
        duty_date date NOT NULL,
        shift_code varchar(16) NOT NULL,
        shift_end timestamptz NOT NULL,
        outgoing_staff text[] NOT NULL,
        incoming_staff text[] NOT NULL,
        open_orders jsonb NOT NULL,
        near_due_clocks jsonb NOT NULL,
        notes jsonb NOT NULL DEFAULT '[]',
        status varchar(12) NOT NULL CHECK (status IN ('open', 'confirmed')),
        created_at timestamptz NOT NULL,
        confirmed_by uuid REFERENCES app_user(id),
        confirmed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (street_code, duty_date, shift_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'shift_handover', 'roster_attendance', 'roster_sick_call', 'roster_swap_request', 'roster_assignment', 'roster',
      'coverage_override', 'coverage_demand', 'staff_absence', 'roster_staff', 'shift_template',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
