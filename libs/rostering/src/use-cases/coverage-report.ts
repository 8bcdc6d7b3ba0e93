import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '@app/clock';
import { DATA_SOURCE } from '@app/database';
import { datesOfMonth, deliveredCoverage, type DeliveredCoverage, type Skill } from '@app/roster';
import { minuteOfInstant } from '../beijing-minutes.js';
import { RosterSetupRepository } from '../persistence/roster-setup.repository.js';

/**
 * Coverage delivered (DESIGN §7, §11): hour by hour, who was actually at a seat — from check-in to check-out, or to
 * the scheduled end while still checked in — against the demand. The monthly ledger and the contract evaluation
 * read this (`deliveredOf`), so it takes an optional manager for use inside their transactions.
 */
@Injectable()
export class CoverageReport {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async deliveredOf(streetCode: string, month: string, manager?: EntityManager): Promise<DeliveredCoverage> {
    const m = manager ?? this.dataSource.manager;
    const dates = datesOfMonth(month);
    const now = this.clock.now();
    const demand = await RosterSetupRepository.demand(m, streetCode, dates[0], dates[dates.length - 1]);
    const rows = (await m.query(
      `SELECT att.staff_code, s.skills, s.team, att.check_in_at, coalesce(att.check_out_at, least(att.scheduled_end, $3)) AS until
       FROM roster_attendance att JOIN roster_staff s ON s.street_code = att.street_code AND s.code = att.staff_code
       WHERE att.street_code = $1 AND att.check_in_at IS NOT NULL
         AND att.check_in_at < ($2::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND coalesce(att.check_out_at, att.scheduled_end) > ($2::date - interval '1 day')::timestamp AT TIME ZONE 'Asia/Shanghai'`,
      [streetCode, dates[0], now],
    )) as { staff_code: string; skills: Skill[]; team: string; check_in_at: Date; until: Date }[];
    const presences = rows
      .filter((row) => row.team === 'seat')
      .map((row) => ({
        staffId: row.staff_code,
        dispatchQualified: row.skills.includes('dispatch'),
        startMinute: minuteOfInstant(new Date(row.check_in_at)),
        endMinute: minuteOfInstant(new Date(row.until)),
      }));
    return deliveredCoverage(month, demand, presences, minuteOfInstant(now));
  }
}
