import { can, type Role } from '@app/access';
import type { CitizenPii } from '../pii/citizen-pii.js';

/**
 * A run of digits this long (spaces, hyphens and brackets between them ignored) could be part of a phone or an ID
 * number: never matched against text for the unentitled.
 */
const DIGIT_RUN = /\d{5,}/;
const NUMBER_SEPARATORS = /[\s\-()（）+]/g;
const LIKE_SPECIAL = /[\\%_]/g;

/**
 * The `q` of the order list as a WHERE clause. An exact 工单编号 always matches. Words match the content and the
 * address (trigram indexes). A phone number finds the caller's orders by the keyed hash of their phone, and only for
 * someone who may reveal personal data; for everyone else a query holding a long run of digits searches order
 * numbers only, so a leader cannot find (or probe digit by digit) whose complaint mentions a number (issue 13).
 */
export function orderSearchClause(q: string, viewer: { role: Role }, pii: CitizenPii): { sql: string; values: unknown[] } {
  const numbers = { sql: 'o.upstream_no = ? OR o.local_no = ?', values: [q, q] };
  const personal = DIGIT_RUN.test(q.replace(NUMBER_SEPARATORS, ''));
  if (personal && !can(viewer.role, 'order.pii.reveal')) return { sql: `(${numbers.sql})`, values: numbers.values };
  const like = `%${q.replace(LIKE_SPECIAL, (c) => '\\' + c)}%`;
  const parts = [`o.content ILIKE ?`, `o.address ILIKE ?`, numbers.sql];
  const values: unknown[] = [like, like, ...numbers.values];
  const phoneHash = personal ? pii.phoneHash(q) : null;
  if (phoneHash) {
    parts.push('o.citizen_phone_hash = ?');
    values.push(phoneHash);
  }
  return { sql: `(${parts.join(' OR ')})`, values };
}
