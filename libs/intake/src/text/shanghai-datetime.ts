import { toHalfWidth } from '@app/address';

/** Beijing has had no daylight saving since 1991: a fixed +08:00 keeps the arithmetic exact. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug makes day 60 the fictitious 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials for 2000-01-01 … 2099-12-31: a plain number outside this range is not a date a platform would write. */
const SERIAL_MIN = 36526;
const SERIAL_MAX = 73050;

export type DateCell = string | number | Date;

/** An instant from Shanghai wall-clock parts (month 1-based). */
export function fromShanghaiWallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  // A date cell may hold any year JavaScript has; past 9999 there is no ISO 8601 form the intake takes, and at
  // ±275760 not even an instant eight hours away (issue 13 fuzzing).
  if (y < 1 || y > 9999) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March; a calendar date that does not exist is an error, not a guess.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc - SHANGHAI_OFFSET_MS);
}

/** An Excel serial (days since 1899-12-30, fraction = time of day) read as Shanghai wall-clock time. */
export function fromExcelSerial(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  // Round to the second: 0.4375 of a day is exact, but serials written by other tools carry float noise.
  const wallMs = Math.round((EXCEL_EPOCH_MS + serial * DAY_MS) / 1000) * 1000;
  return new Date(wallMs - SHANGHAI_OFFSET_MS);
}

const TEXT_FORMS: RegExp[] = [
  // 2026-11-10 09:30:00, 2026/11/10 9:30, 2026.11.10 9:30, 2026-11-10T09:30
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/,
  // 2026年11月10日 9时30分, 2026年11月10日 09:30
  /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[时点:](\d{1,2})分?(?::?(\d{1,2})秒?)?)?$/,
  // 20261110093000 or 20261110
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/,
];

/**
 * A 来电时间/办理时限 cell in any form the platform's exports use: text (several layouts, full-width digits), an
 * Excel serial as number or text, or a real date cell. Times without a zone are Asia/Shanghai. An ISO time with
 * an explicit offset keeps its offset. Null when it is not a date.
 */
export function parseShanghaiDateTime(cell: DateCell): Date | null {
  if (cell instanceof Date) {
    // Spreadsheet date cells carry no zone; the reader gives the wall-clock time in UTC fields.
    if (Number.isNaN(cell.getTime())) return null;
    return fromShanghaiWallClock(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.getUTCHours(), cell.getUTCMinutes(), cell.getUTCSeconds());
  }
  if (typeof cell === 'number') return fromExcelSerial(cell);
  const text = toHalfWidth(cell).trim();
  if (!text) return null;
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const explicit = new Date(text);
    return Number.isNaN(explicit.getTime()) ? null : explicit;
  }
  for (const form of TEXT_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
    return fromShanghaiWallClock(y, mo, d, h, mi, s);
  }
  return null;
}

/** ISO 8601 with the +08:00 offset, as the intake form and API take it. */
export function toShanghaiIso(instant: Date): string {
  const wall = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19);
  return `${wall}+08:00`;
}
