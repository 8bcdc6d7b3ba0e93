import type { EntityManager } from 'typeorm';

/**
 * What a handover gathers from the rosters: the outgoing and incoming shift. The orders still open and the running
 * clocks come from the orders lib through `ShiftOrdersPort`.
 */

export interface HandoverShift {
  outgoing: string[];
  incoming: string[];
  startsAt: Date;
  endsAt: Date;
  /** When the incoming shift ends: clocks due before then are "near due" for it. */
  nextEndsAt: Date;
}

export const HandoverSources = {
  async shift(m: EntityManager, street: string, date: string, shiftCode: string): Promise<HandoverShift | null> {
    const [out] = (await m.query(
      `SELECT array_agg(a.staff_code ORDER BY a.staff_code) AS staff, min(a.starts_at) AS starts_at, max(a.ends_at) AS ends_at
       FROM roster_assignment a JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       WHERE a.street_code = $1 AND a.duty_date = $2::date AND a.shift_code = $3`,
      [street, date, shiftCode],
    )) as { staff: string[] | null; starts_at: Date | null; ends_at: Date | null }[];
    if (!out?.staff || !out.ends_at || !out.starts_at) return null;
    const [incoming] = (await m.query(
      `SELECT array_agg(DISTINCT a.staff_code) AS staff, max(a.ends_at) AS ends_at
       FROM roster_assignment a JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code AND s.team = 'seat'
       WHERE a.street_code = $1 AND a.starts_at <= $2 AND a.ends_at > $2`,
      [street, out.ends_at],
    )) as { staff: string[] | null; ends_at: Date | null }[];
    const endsAt = new Date(out.ends_at);
    return {
      outgoing: out.staff,
      incoming: (incoming?.staff ?? []).sort(),
      startsAt: new Date(out.starts_at),
      endsAt,
      nextEndsAt: incoming?.ends_at ? new Date(incoming.ends_at) : new Date(endsAt.getTime() + 8 * 3600_000),
    };
  },

  /** Shifts of published rosters that ended in (from, to] and have no handover yet: the job's work list. */
  async endedWithoutHandover(m: EntityManager, street: string, from: Date, to: Date): Promise<{ date: string; shiftCode: string }[]> {
    const rows = (await m.query(
      `SELECT to_char(a.duty_date, 'YYYY-MM-DD') AS date, a.shift_code
       FROM roster_assignment a JOIN roster r ON r.id = a.roster_id AND r.status = 'published'
       JOIN roster_staff s ON s.street_code = a.street_code AND s.code = a.staff_code AND s.team = 'seat'
       WHERE a.street_code = $1
         AND NOT EXISTS (SELECT 1 FROM shift_handover h WHERE h.street_code = a.street_code AND h.duty_date = a.duty_date AND h.shift_code = a.shift_code)
       GROUP BY a.duty_date, a.shift_code HAVING max(a.ends_at) > $2 AND max(a.ends_at) <= $3
       ORDER BY max(a.ends_at)`,
      [street, from, to],
    )) as { date: string; shift_code: string }[];
    return rows.map((row) => ({ date: row.date, shiftCode: row.shift_code }));
  },
};
