import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '@app/database';
import type { Skill, Team } from '@app/roster';

/** One person on a published shift at a given instant. */
export interface OnDutyPerson {
  staffCode: string;
  name: string;
  /** The desk account of this person, if linked (realtime rooms and order actions use it). */
  userId: string | null;
  team: Team;
  skills: Skill[];
  shiftCode: string;
  shiftName: string;
  /** Duty date 'YYYY-MM-DD' (the date the shift starts, Beijing). */
  dutyDate: string;
  startsAt: Date;
  endsAt: Date;
  /** 派单资质: a seat-team person holding the dispatch skill, while on this shift. */
  mayDispatch: boolean;
  /** Has checked in for this shift (and not yet out). */
  checkedIn: boolean;
}

/**
 * Who is on duty, from the published rosters (DESIGN §7, §10). The order lifecycle asks it whether an operator may
 * dispatch now and which operators new orders and alarms go to. Pass the caller's transaction manager when inside
 * one: with the embedded pool of one connection the global manager would wait forever (DESIGN §12).
 */
@Injectable()
export class DutyRoster {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Everyone whose published shift covers `at` (start inclusive, end exclusive), ordered by shift start and code. */
  async onDutyNow(streetCode: string, at: Date, manager?: EntityManager): Promise<OnDutyPerson[]> {
    const rows = (await (manager ?? this.dataSource.manager).query(
      `SELECT a.staff_code, s.name, s.user_id, s.team, s.skills, a.shift_code, coalesce(t.name, a.shift_code) AS shift_name,
              to_char(a.duty_date, 'YYYY-MM-DD') AS duty_date, a.starts_at, a.ends_at,
              (att.check_in_at IS NOT NULL AND att.check_out_at IS NULL) AS checked_in
       FROM roster_assignment a
       JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code
       LEFT JOIN shift_template t ON t.street_code = a.street_code AND t.code = a.shift_code
       LEFT JOIN roster_attendance att ON att.street_code = a.street_code AND att.staff_code = a.staff_code
            AND att.duty_date = a.duty_date AND att.shift_code = a.shift_code
       WHERE a.street_code = $1 AND a.starts_at <= $2 AND a.ends_at > $2
       ORDER BY a.starts_at, a.staff_code`,
      [streetCode, at],
    )) as {
      staff_code: string; name: string; user_id: string | null; team: Team; skills: Skill[]; shift_code: string; shift_name: string;
      duty_date: string; starts_at: Date; ends_at: Date; checked_in: boolean;
    }[];
    return rows.map((row) => ({
      staffCode: row.staff_code,
      name: row.name,
      userId: row.user_id,
      team: row.team,
      skills: row.skills,
      shiftCode: row.shift_code,
      shiftName: row.shift_name,
      dutyDate: row.duty_date,
      startsAt: new Date(row.starts_at),
      endsAt: new Date(row.ends_at),
      mayDispatch: row.team === 'seat' && row.skills.includes('dispatch'),
      checkedIn: row.checked_in,
    }));
  }

  /** The on-duty entry of one desk account at `at`, or null when that user is not on a published shift. */
  async dutyOf(streetCode: string, userId: string, at: Date, manager?: EntityManager): Promise<OnDutyPerson | null> {
    return (await this.onDutyNow(streetCode, at, manager)).find((person) => person.userId === userId) ?? null;
  }

  /** 派单资质 now: on a published shift and holding the dispatch skill (DESIGN §1: "dispatch when the shift grants it"). */
  async mayDispatch(streetCode: string, userId: string, at: Date, manager?: EntityManager): Promise<boolean> {
    return (await this.dutyOf(streetCode, userId, at, manager))?.mayDispatch ?? false;
  }

  /** Desk accounts of the seat team on duty at `at` (where new orders and alarms go); `dispatchOnly` keeps dispatchers. */
  async seatUserIdsOnDuty(streetCode: string, at: Date, options: { dispatchOnly?: boolean; manager?: EntityManager } = {}): Promise<string[]> {
    const people = await this.onDutyNow(streetCode, at, options.manager);
    return [
      ...new Set(
        people
          .filter((person) => person.team === 'seat' && person.userId && (!options.dispatchOnly || person.mayDispatch))
          .map((person) => person.userId!),
      ),
    ];
  }
}
