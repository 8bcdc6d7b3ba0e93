import type { EntityManager } from 'typeorm';
import type { PendingDeskEvent, StoredDeskEvent } from './client-events.js';

/**
 * Events are written to `desk_event` inside the business transaction and broadcast only after it commits
 * (DESIGN §10). The table doubles as the replay log for clients that reconnect with their last event id.
 */
export async function storeDeskEvents(
  manager: EntityManager,
  streetCode: string,
  at: Date,
  events: PendingDeskEvent[],
): Promise<StoredDeskEvent[]> {
  if (!events.length) return [];
  // One statement for the transaction's events (an import batch raises one alarm per late order). The ids come from
  // the sequence in the order the rows are produced (ORDER BY n), so sorted they line up with the events.
  const rows = (await manager.query(
    `INSERT INTO desk_event (street_code, at, name, rooms, payload)
     SELECT $1, $2, e.name, ARRAY(SELECT jsonb_array_elements_text(e.rooms)), e.payload
       FROM unnest($3::text[], $4::jsonb[], $5::jsonb[]) WITH ORDINALITY AS e(name, rooms, payload, n)
      ORDER BY e.n
     RETURNING id`,
    [streetCode, at, events.map((e) => e.name), events.map((e) => JSON.stringify(e.rooms)), events.map((e) => JSON.stringify(e.payload))],
  )) as { id: number | string }[];
  const ids = rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  return events.map((event, i) => ({ ...event, id: ids[i]!, streetCode, at: at.toISOString() }));
}

export async function loadDeskEventsSince(
  manager: EntityManager,
  streetCode: string,
  afterId: number,
  rooms: string[],
  limit = 500,
): Promise<StoredDeskEvent[]> {
  const rows = (await manager.query(
    `SELECT id, street_code, at, name, rooms, payload FROM desk_event
      WHERE street_code = $1 AND id > $2 AND rooms && $3::text[] ORDER BY id LIMIT $4`,
    [streetCode, afterId, rooms, limit],
  )) as { id: number; street_code: string; at: Date; name: string; rooms: string[]; payload: unknown }[];
  return rows.map((r) => ({
    id: Number(r.id), streetCode: r.street_code, at: new Date(r.at).toISOString(),
    name: r.name as StoredDeskEvent['name'], rooms: r.rooms, payload: r.payload as StoredDeskEvent['payload'],
  }));
}

/** What goes over the wire: the payload with the event id and time. */
export function wireMessage(event: StoredDeskEvent): Record<string, unknown> {
  return { ...(event.payload as object), eventId: event.id, at: event.at };
}
