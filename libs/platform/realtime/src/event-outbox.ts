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
  const stored: StoredDeskEvent[] = [];
  for (const event of events) {
    const [row] = (await manager.query(
      `INSERT INTO desk_event (street_code, at, name, rooms, payload) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
      [streetCode, at, event.name, event.rooms, JSON.stringify(event.payload)],
    )) as { id: number }[];
    stored.push({ ...event, id: Number(row.id), streetCode, at: at.toISOString() });
  }
  return stored;
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
