/**
 * Date inputs mean Beijing wall-clock time whatever the workstation's zone is. Beijing has had no daylight saving
 * since 1991, so a fixed +08:00 offset is exact; the api wants ISO 8601 with an explicit offset.
 */
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The value of an `<input type="datetime-local">` showing `date` in Beijing: `2026-11-25T10:00`. */
export function toBeijingInput(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** `2026-11-25T10:00` (Beijing) → `2026-11-25T10:00:00+08:00`; undefined for an empty or malformed value. */
export function fromBeijingInput(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : undefined;
}

/** A day of an `<input type="date">` → its first instant in Beijing; `nextDay` → the instant after its end. */
export function beijingDayStart(day: string, nextDay = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const start = new Date(`${day}T00:00:00+08:00`);
  if (Number.isNaN(start.getTime())) return undefined;
  if (!nextDay) return `${day}T00:00:00+08:00`;
  return `${toBeijingInput(new Date(start.getTime() + 86_400_000)).slice(0, 10)}T00:00:00+08:00`;
}

/** 剩余 2 天 3 小时 / 剩余 45 分钟 / 已超时 1 小时 5 分钟 — the two largest units, rounded down. */
export function describeTimeLeft(dueAt: string, now: number): { text: string; overdue: boolean } {
  const ms = new Date(dueAt).getTime() - now;
  const overdue = ms < 0;
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const span = days > 0 ? `${days} 天 ${hours} 小时` : hours > 0 ? `${hours} 小时 ${mins} 分钟` : `${mins} 分钟`;
  return { text: overdue ? `已超时 ${span}` : `剩余 ${span}`, overdue };
}
