import { fromBeijingInput, toBeijingInput } from '../../../lib/beijing-input';
import type { FieldSpec, FormValues } from './action-form-spec';

export interface ChecklistItem {
  code: string;
  label: string;
  /** Offer 不适用 for this item (DESIGN §6: only where the admin allows it). */
  naAllowed: boolean;
}

/** A fresh form: empty, except times that default to now and checklist items pre-marked 通过. */
export function initialValues(fields: readonly FieldSpec[], checklist: readonly ChecklistItem[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.kind === 'units') values[field.name] = [];
    else if (field.kind === 'files') values[field.name] = {};
    else if (field.kind === 'checklist') values[field.name] = Object.fromEntries(checklist.map((item) => [item.code, 'pass']));
    else if (field.kind === 'datetime' && field.defaultNow) values[field.name] = toBeijingInput(new Date());
    else values[field.name] = '';
  }
  return values;
}

export function isShown(field: FieldSpec, values: FormValues): boolean {
  return field.showIf ? field.showIf(values) : true;
}

/**
 * The request body for the visible fields: blanks left out (the server then names what is required), 是/否 as
 * booleans, times with Beijing's offset. Hidden fields are never sent — the server refuses, e.g., a contact time
 * when the citizen was not contacted.
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
      case 'checklist':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          body[field.name] = Object.entries(value).map(([item, verdict]) => ({ item, verdict }));
        }
        break;
      case 'files':
        if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length) body[field.name] = Object.keys(value);
        break;
      case 'yesno':
        if (value === 'yes' || value === 'no') body[field.name] = value === 'yes';
        break;
      case 'datetime': {
        const iso = typeof value === 'string' ? fromBeijingInput(value) : undefined;
        if (iso) body[field.name] = iso;
        break;
      }
      default:
        if (typeof value === 'string' && value.trim()) body[field.name] = value.trim();
    }
  }
  return body;
}
