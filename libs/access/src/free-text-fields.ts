import { maskFreeText, type KnownPersonalData } from './free-text-mask.js';

/**
 * The keys under which the desk keeps words people typed: an order's content, a unit's reply, a contact summary,
 * dispatch instructions, reasons, comments and notes (order events, replies, hang records, audit payloads).
 * Anything else (ids, codes, times, numbers) is left as it is: a uuid must never be "masked" as a phone.
 */
export const FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'content', 'text', 'note', 'notes', 'comment', 'reason', 'instructions', 'summary', 'plan', 'address', 'description', 'remark',
  'reopenReason', 'decisionComment',
]);

/**
 * A copy of `value` with personal data masked in every free-text field, however deep (a timeline payload, a reply
 * with its sub-replies, an audit record's before/after). Plain values and unknown keys come back unchanged.
 */
export function maskFreeTextFields<T>(value: T, known: KnownPersonalData = {}): T {
  return walk(value, known, false) as T;
}

function walk(value: unknown, known: KnownPersonalData, freeText: boolean): unknown {
  if (typeof value === 'string') return freeText ? maskFreeText(value, known) : value;
  if (Array.isArray(value)) return value.map((v) => walk(v, known, freeText));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, walk(v, known, FREE_TEXT_KEYS.has(key))]));
}
