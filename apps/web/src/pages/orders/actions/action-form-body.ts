import dayjs, { type Dayjs } from 'dayjs';
import { fromBeijingInput, toBeijingInput } from '../../../lib/beijing-input';
import type { FieldSpec, FieldValue, FormValues } from './action-form-spec';

export interface ChecklistItem {
  code: string;
  label: string;
  /** Offer 不适用 for this item (DESIGN §6: only where the admin allows it). */
  naAllowed: boolean;
}

/**
 * Beijing's wall clock now, as a picker value. The picker shows the time it holds and the body reads that time
 * back as Beijing time (`toIsoBeijing`), so what the user sees is what is sent, whatever the workstation's zone.
 */
export function beijingNow(now = new Date()): Dayjs {
  return dayjs(toBeijingInput(now));
}

/** A picker's time as Beijing time with its offset: `2026-11-25T10:00:00+08:00`. */
export function toIsoBeijing(value: Dayjs): string | undefined {
  return value.isValid() ? fromBeijingInput(value.format('YYYY-MM-DD[T]HH:mm')) : undefined;
}

/** A fresh form: empty, except times that default to now and checklist items pre-marked 通过. */
export function initialValues(fields: readonly FieldSpec[], checklist: readonly ChecklistItem[], now = new Date()): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.kind === 'units' || field.kind === 'files') values[field.name] = [];
    else if (field.kind === 'checklist') values[field.name] = Object.fromEntries(checklist.map((item) => [item.code, 'pass']));
    else if (field.kind === 'datetime') values[field.name] = field.defaultNow ? beijingNow(now) : null;
    else if (field.kind === 'text' || field.kind === 'textarea') values[field.name] = '';
    else values[field.name] = undefined; // pickers show their placeholder
  }
  return values;
}

export function isShown(field: FieldSpec, values: FormValues): boolean {
  return field.showIf ? field.showIf(values) : true;
}

const isRecord = (value: FieldValue): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !dayjs.isDayjs(value);

/**
 * The request body for the visible fields: blanks left out (the server then names what is required), 是/否 as
 * booleans, times with Beijing's offset, files by id. Hidden fields are never sent — the server refuses, e.g., a
 * contact time when the citizen was not contacted.
 */
export function buildBody(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isShown(field, values)) continue;
    const value = values[field.name];
    switch (field.kind) {
      case 'units':
        if (Array.isArray(value) && value.length) body[field.name] = value;
        break;
      case 'files':
        if (Array.isArray(value) && value.length) body[field.name] = value.map((file) => (typeof file === 'string' ? file : file.id));
        break;
      case 'checklist':
        if (isRecord(value)) body[field.name] = Object.entries(value).map(([item, verdict]) => ({ item, verdict }));
        break;
      case 'yesno':
        if (value === 'yes' || value === 'no') body[field.name] = value === 'yes';
        break;
      case 'datetime': {
        const iso = dayjs.isDayjs(value) ? toIsoBeijing(value) : undefined;
        if (iso) body[field.name] = iso;
        break;
      }
      default:
        if (typeof value === 'string' && value.trim()) body[field.name] = value.trim();
    }
  }
  return body;
}
