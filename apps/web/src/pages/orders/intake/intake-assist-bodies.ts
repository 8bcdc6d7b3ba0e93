import type { ClassifyPreviewBody, DuplicateCheckBody } from '../../../api/intake-types';
import { fromBeijingPicker, type IntakeFormValues } from './intake-form-values';
import { isCompletePhone, normalisePhone } from './intake-rules';

/** What the form holds mid-call, as `Form.useWatch` gives it (fields not yet rendered are undefined). */
export type TypedSoFar = Partial<Pick<IntakeFormValues, 'citizenPhone' | 'address' | 'content' | 'category' | 'receivedAt'>>;

const trimmed = (value: string | undefined) => value?.trim() ?? '';

/** Too little to say anything about: one character of an address, a few of a complaint. */
const MIN_ADDRESS = 2;
const MIN_CONTENT = 5;

/** The classification request, once there is an address (the server needs one; the content sharpens it). */
export function classifyBody(v: TypedSoFar): ClassifyPreviewBody | null {
  const address = trimmed(v.address);
  if (address.length < MIN_ADDRESS) return null;
  const content = trimmed(v.content);
  return { address, ...(content ? { content } : {}), ...(v.category ? { category: v.category } : {}) };
}

/**
 * The duplicate check's request, from whatever is already useful: a phone typed out in full (a half-typed one
 * matches nobody), an address, a sentence of content. Null while there is none of these.
 */
export function duplicateCheckBody(v: TypedSoFar): DuplicateCheckBody | null {
  const phone = v.citizenPhone && isCompletePhone(v.citizenPhone) ? normalisePhone(v.citizenPhone) : undefined;
  const address = trimmed(v.address).length >= MIN_ADDRESS ? trimmed(v.address) : undefined;
  const content = trimmed(v.content).length >= MIN_CONTENT ? trimmed(v.content) : undefined;
  if (!phone && !address && !content) return null;
  const receivedAt = fromBeijingPicker(v.receivedAt);
  return {
    ...(phone ? { citizenPhone: phone } : {}),
    ...(address ? { address } : {}),
    ...(content ? { content } : {}),
    ...(v.category ? { category: v.category } : {}),
    ...(receivedAt ? { receivedAt } : {}),
  };
}
