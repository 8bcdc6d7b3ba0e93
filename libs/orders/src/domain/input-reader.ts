/**
 * A small reader for untrusted action input: each accessor checks one field and records a structured field error
 * instead of throwing, so one call reports every bad field at once. Kept here (not zod) so the domain core has no
 * dependencies and its messages are the Chinese ones users see.
 */

export const FIELD_ERROR_CODES = ['required', 'invalid', 'too_long', 'not_allowed', 'duplicate'] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Same shape as `@app/errors`' FieldError plus a machine-readable code. */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;

/** ISO 8601 with an explicit offset: a bare local time would mean different instants on different servers. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export class InputReader {
  private readonly data: Record<string, unknown>;

  constructor(
    raw: unknown,
    readonly errors: FieldError[] = [],
    private readonly prefix = '',
  ) {
    if (isRecord(raw)) {
      this.data = raw;
    } else {
      this.data = {};
      if (raw !== undefined && raw !== null) this.fail('', 'invalid', '应为对象');
    }
  }

  /** Present and not null. */
  has(name: string): boolean {
    return this.data[name] !== undefined && this.data[name] !== null;
  }

  fail(name: string, code: FieldErrorCode, message: string): void {
    const field = this.prefix && name ? `${this.prefix}.${name}` : this.prefix || name;
    this.errors.push({ field, code, message });
  }

  /** Required, non-blank after trimming. */
  text(name: string, max = LONG_TEXT_MAX): string {
    const before = this.errors.length;
    const value = this.optionalText(name, max);
    if (value === undefined && this.errors.length === before) return this.missing(name, '');
    return value ?? '';
  }

  optionalText(name: string, max = SHORT_TEXT_MAX): string | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return this.invalid(name, '应为文本', undefined);
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    if ([...trimmed].length > max) {
      this.fail(name, 'too_long', `不能超过 ${max} 个字`);
      return undefined;
    }
    return trimmed;
  }

  bool(name: string): boolean {
    if (!this.has(name)) return this.missing(name, false);
    return this.optionalBool(name) ?? false;
  }

  optionalBool(name: string): boolean | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') return this.invalid(name, '应为 true 或 false', undefined);
    return value;
  }

  date(name: string): Date {
    if (!this.has(name)) return this.missing(name, new Date(Number.NaN));
    return this.optionalDate(name) ?? new Date(Number.NaN);
  }

  optionalDate(name: string): Date | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return undefined;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    if (typeof value === 'string' && ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value))) {
      return new Date(value);
    }
    return this.invalid(name, '不是有效的时间（需带时区，如 2026-05-01T10:00:00+08:00）', undefined);
  }

  /** `aliases`: other spellings clients send for a code (e.g. DESIGN's "explained-unsolvable"), read as the code. */
  code<T extends string>(name: string, codes: readonly T[], aliases: Readonly<Record<string, T>> = {}): T {
    if (!this.has(name)) return this.missing(name, codes[0] as T);
    return this.optionalCode(name, codes, aliases) ?? (codes[0] as T);
  }

  optionalCode<T extends string>(name: string, codes: readonly T[], aliases: Readonly<Record<string, T>> = {}): T | undefined {
    const value = this.data[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && (codes as readonly string[]).includes(value)) return value as T;
    if (typeof value === 'string' && Object.hasOwn(aliases, value)) return aliases[value];
    return this.invalid(name, `取值应为：${codes.join('、')}`, undefined);
  }

  /** A required identifier (non-empty string). */
  id(name: string): string {
    const value = this.data[name];
    if (value === undefined || value === null || value === '') return this.missing(name, '');
    if (typeof value !== 'string' || value.trim() === '') return this.invalid(name, '应为标识', '');
    return value;
  }

  optionalId(name: string): string | undefined {
    return this.has(name) ? this.id(name) : undefined;
  }

  /** An optional list of distinct identifiers (attachments, evidence); absent means none. */
  ids(name: string): string[] {
    const value = this.data[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      return this.invalid(name, '应为标识列表', []);
    }
    if (new Set(value).size !== value.length) this.fail(name, 'duplicate', '列表中有重复项');
    return value as string[];
  }

  /** A required nested object, read with the same error list. */
  nested(name: string): InputReader {
    if (!this.has(name)) this.missing(name, undefined);
    else if (!isRecord(this.data[name])) this.invalid(name, '应为对象', undefined);
    return new InputReader(isRecord(this.data[name]) ? this.data[name] : {}, this.errors, this.path(name));
  }

  /** An optional list of nested objects; each element is read with its index in the field path. */
  nestedList(name: string): InputReader[] {
    const value = this.data[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.invalid(name, '应为列表', []);
    return value.map((item, i) => new InputReader(item, this.errors, `${this.path(name)}[${i}]`));
  }

  /** Records that a field must not be given in this combination (e.g. satisfaction when nobody was reached). */
  forbid(name: string, why: string): void {
    if (this.has(name)) this.fail(name, 'not_allowed', why);
  }

  private path(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  private missing<T>(name: string, placeholder: T): T {
    this.fail(name, 'required', '必填');
    return placeholder;
  }

  private invalid<T>(name: string, message: string, placeholder: T): T {
    this.fail(name, 'invalid', message);
    return placeholder;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
