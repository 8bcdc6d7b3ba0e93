import { maskName, maskPhone } from './pii-mask.js';

/**
 * Masks personal data inside free text (a citizen's complaint, a unit's reply, a callback note) before it goes into a
 * report that leaves the desk: ID card numbers, mobiles, landlines, numbers written after 电话/手机, and the names and
 * phones the order itself holds for its caller, however the text spells them. Names keep the family name
 * (王建国 → 王**) and phones the first three and last four digits (139****2222), as everywhere in the desk.
 */
export interface KnownPersonalData {
  /** The caller's own name(s) from the order; one-character names are skipped (they would eat ordinary words). */
  names?: readonly (string | null | undefined)[];
  /** The caller's own phone(s) from the order, masked wherever they appear, even spaced or hyphenated. */
  phones?: readonly (string | null | undefined)[];
}

/** 18-character resident ID (17 digits and a digit or X), not inside a longer run of digits or letters. */
const ID_CARD = /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?![0-9A-Za-z])/g;
/** Mobiles, also written 139-1111-2222, 139 1111 2222 or +86 13911112222. */
const MOBILE = /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;
/** Landlines with their area code: 010-83551234, 0755-12345678, (010)83551234, 010 8355 1234. */
const LANDLINE = /(?:[(（]0\d{2,3}[)）]\s?|(?<!\d)0\d{2,3}[\s-]?)\d{3,4}[\s-]?\d{4}(?:-\d{1,6})?(?!\d)/g;
/** A bare local number only where the text says it is one: 电话83551234, 联系方式：6355 1234. */
const CUED_LOCAL = /((?:电话|手机|座机|联系方式|联系电话|号码)[：:是为\s]*)(\d{3,4}[\s-]?\d{4})(?!\d)/g;
/**
 * An uncued Beijing number (8 digits, 8355 1234, 8355-1234) — not glued to letters or a hyphen (an order number
 * such as TRT-20261125-0001), not inside a longer run of digits, and not a date written 20261125.
 */
const BARE_LOCAL = /(?<![0-9A-Za-z-])[2-9]\d{3}[\s-]?\d{4}(?![0-9])/g;
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

export function maskFreeText(text: string | null | undefined, known: KnownPersonalData = {}): string {
  if (!text) return '';
  let out = text;
  // The shortest number any rule below masks has 7 digits (电话 + 3-4 + 4): with fewer, only names can be in it.
  if (digitCount(text) >= 7) out = maskNumbers(out, known);
  const names = [...new Set((known.names ?? []).map((n) => n?.trim() ?? '').filter((n) => [...n].length >= 2))];
  // Longer names first, so 欧阳明 is masked before a 欧阳 of another order's caller could split it.
  for (const name of names.sort((a, b) => b.length - a.length)) out = out.split(name).join(maskName(name)!);
  return out;
}

function digitCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function maskNumbers(text: string, known: KnownPersonalData): string {
  let out = text;
  for (const phone of known.phones ?? []) {
    const digits = phone?.replace(/\D/g, '') ?? '';
    if (digits.length < 7) continue;
    const landline = splitLandline(digits);
    // A landline's local part alone is the same phone to anyone in the district.
    for (const spelled of landline ? [digits, landline.local] : [digits]) {
      const pattern = new RegExp(`(?<!\\d)${[...spelled].join('[\\s-]?')}(?!\\d)`, 'g');
      out = out.replace(pattern, maskDigits(spelled));
    }
  }
  out = out.replace(ID_CARD, (id) => `${id.slice(0, 3)}${'*'.repeat(13)}${id.slice(-2)}`);
  out = out.replace(MOBILE, (m) => maskDigits(m.replace(/\D/g, '').slice(-11)));
  out = out.replace(LANDLINE, (m) => maskDigits(m.replace(/\D/g, '')));
  out = out.replace(CUED_LOCAL, (_m, cue: string, n: string) => `${cue}${maskDigits(n.replace(/\D/g, ''))}`);
  return out.replace(BARE_LOCAL, (m) => (COMPACT_DATE.test(m) ? m : maskDigits(m.replace(/\D/g, ''))));
}

/** A number as the desk masks phones; a landline with its area code written 010-… first, so it masks the same however typed. */
function maskDigits(digits: string): string {
  const landline = splitLandline(digits);
  return maskPhone(landline ? `${landline.area}-${landline.local}` : digits)!;
}

/** Beijing (010) and 02x area codes are three digits, others four (as intake normalises them). */
function splitLandline(digits: string): { area: string; local: string } | null {
  if (!digits.startsWith('0')) return null;
  const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4;
  const local = digits.slice(areaLength);
  return local.length >= 7 && local.length <= 8 ? { area: digits.slice(0, areaLength), local } : null;
}
