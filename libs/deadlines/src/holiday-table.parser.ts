import { formatCalendarDate, isCalendarDate, type CalendarDate, type HolidayEntry, type HolidayKind } from '@app/calendar';
import { holidayEntriesFieldErrors } from './holiday-entries.validation.js';

export type HolidayTableColumn = 'date' | 'kind' | 'name';

/** One problem of a pasted table: `row` counts data rows from 1 (the header is not a row); null is the whole text. */
export interface HolidayTableProblem {
  row: number | null;
  column: HolidayTableColumn | null;
  message: string;
}

export interface ParsedHolidayTable {
  format: 'csv' | 'json';
  /** The rows that passed, normalised (ISO date, holiday | workday, trimmed name), in the order given. */
  entries: HolidayEntry[];
  problems: HolidayTableProblem[];
}

/** How a row's date, kind and name are written, before normalisation. */
interface RawRow {
  row: number;
  date: unknown;
  kind: unknown;
  name: unknown;
}

const COLUMN_LABELS: Record<HolidayTableColumn, string> = { date: '日期', kind: '类型', name: '名称' };
const HEADER_NAMES: Record<string, HolidayTableColumn> = {
  日期: 'date', date: 'date', 类型: 'kind', kind: 'kind', 名称: 'name', 节日: 'name', 节日名称: 'name', name: 'name',
};
// The words of the State Council's notices (放假、调休上班) and of our own API (holiday, workday).
const KIND_WORDS: Record<string, HolidayKind> = {
  放假: 'holiday', 休息: 'holiday', 休: 'holiday', 假: 'holiday', 节假日: 'holiday', holiday: 'holiday',
  上班: 'workday', 补班: 'workday', 调休上班: 'workday', 班: 'workday', 工作日: 'workday', workday: 'workday',
};
const MAX_ROWS = 366;

/**
 * Reads one year's holiday schedule as an admin pastes or uploads it (DESIGN §14): CSV with the header 日期,类型,名称
 * (comma or tab separated, as copied from a spreadsheet), or JSON in the shape PUT /api/admin/holidays/:year takes
 * (`{ entries: [...] }` or the bare list). Full-width characters are folded first (，２０２７), dates may be
 * 2027-01-01, 2027/1/1, 2027年1月1日 or 1月1日 (of `year`). Every problem names its row and column in Chinese;
 * the rules of the PUT (duplicates, make-up workdays on weekends, dates inside the year) apply to the rows that parsed.
 */
export function parseHolidayTable(year: number, text: string): ParsedHolidayTable {
  // NFKC folds full-width ASCII (，：２０２７) to ASCII and the ideographic space to a space; Chinese text stays.
  const folded = text.normalize('NFKC').replace(/^\uFEFF/, '').trim();
  const format = folded.startsWith('[') || folded.startsWith('{') ? 'json' : 'csv';
  if (!folded) return { format, entries: [], problems: [whole('没有内容：请粘贴或上传节假日表')] };
  const read = format === 'json' ? jsonRows(folded) : csvRows(folded);
  if ('problem' in read) return { format, entries: [], problems: [read.problem] };
  if (read.rows.length > MAX_ROWS) return { format, entries: [], problems: [whole(`一年最多 ${MAX_ROWS} 行，收到 ${read.rows.length} 行`)] };
  if (read.rows.length === 0) return { format, entries: [], problems: [whole('表中没有数据行')] };

  const problems: HolidayTableProblem[] = [];
  const candidates: { row: number; entry: HolidayEntry }[] = [];
  for (const raw of read.rows) {
    const own: HolidayTableProblem[] = [];
    const date = dateOf(raw.date, year);
    if (!date) own.push(at(raw.row, 'date', `无法识别的日期：${shown(raw.date)}（应为 2027-01-01 或 2027年1月1日）`));
    const kind = typeof raw.kind === 'string' ? KIND_WORDS[raw.kind.trim().toLowerCase()] : undefined;
    if (!kind) own.push(at(raw.row, 'kind', `无法识别的类型：${shown(raw.kind)}（应为 放假 或 调休上班）`));
    const name = typeof raw.name === 'string' ? raw.name.trim() : '';
    if (!name) own.push(at(raw.row, 'name', '请填写节日名称'));
    problems.push(...own);
    if (own.length === 0 && date && kind) candidates.push({ row: raw.row, entry: { date, kind, name } });
  }
  // The PUT's own rules, worded by the same function, mapped back from list positions to the admin's rows.
  const refused = new Set<number>();
  for (const field of holidayEntriesFieldErrors(year, candidates.map((c) => c.entry))) {
    const [, index, column] = field.field.split('.');
    const row = candidates[Number(index)].row;
    refused.add(row);
    problems.push(at(row, (column ?? null) as HolidayTableColumn | null, field.message));
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { format, entries: candidates.filter((c) => !refused.has(c.row)).map((c) => c.entry), problems };
}

function whole(message: string): HolidayTableProblem {
  return { row: null, column: null, message };
}

function at(row: number, column: HolidayTableColumn | null, message: string): HolidayTableProblem {
  return { row, column, message };
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/** 2027-01-01, 2027/1/1, 2027.1.1, 2027年1月1日, 1月1日 (of `year`), or an ISO instant's date part. */
export function dateOf(value: unknown, year: number): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, '');
  const full = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const short = /^(\d{1,2})月(\d{1,2})日?$/.exec(text);
  const parts = full ? [full[1], full[2], full[3]] : short ? [String(year), short[1], short[2]] : null;
  if (!parts) return null;
  const date = formatCalendarDate({ year: Number(parts[0]), month: Number(parts[1]), day: Number(parts[2]) });
  return isCalendarDate(date) ? date : null;
}

type Read = { rows: RawRow[] } | { problem: HolidayTableProblem };

function jsonRows(text: string): Read {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { problem: whole('JSON 格式错误，无法解析') };
  }
  const list = Array.isArray(doc) ? doc : (doc as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { problem: whole('JSON 应为 { "entries": [...] } 或行的列表') };
  return {
    rows: list.map((item: unknown, index) => {
      const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
      return { row: index + 1, date: record.date, kind: record.kind, name: record.name };
    }),
  };
}

function csvRows(text: string): Read {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const separator = lines[0].includes('\t') ? '\t' : ',';
  const header = splitCsvLine(lines[0], separator).map((cell) => HEADER_NAMES[cell.trim().toLowerCase()]);
  const missing = (['date', 'kind', 'name'] as const).filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const names = missing.map((column) => COLUMN_LABELS[column]).join('、');
    return { problem: whole(`第一行应为表头“日期,类型,名称”，缺少：${names}`) };
  }
  const index = (column: HolidayTableColumn) => header.indexOf(column);
  return {
    rows: lines.slice(1).map((line, i) => {
      const cells = splitCsvLine(line, separator);
      return { row: i + 1, date: cells[index('date')] ?? '', kind: cells[index('kind')] ?? '', name: cells[index('name')] ?? '' };
    }),
  };
}

/** One CSV line; a field in double quotes may hold the separator, and "" inside it is a quote. */
function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}
