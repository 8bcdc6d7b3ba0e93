import { compactText } from '@app/address';

export type PhoneResult = { ok: true; phone: string } | { ok: false; message: string };

const MOBILE = /^1[3-9]\d{9}$/;
/** Landline with its area code (010-…, 0755-…), optionally an extension. */
const LANDLINE = /^0\d{2,3}-\d{7,8}(?:-\d{1,6})?$/;

/**
 * Normalises a phone as the platform and people write it: `+86 139 0000 1111`, `138-0013-8000`, full-width
 * digits, `(010)83551234`, `010 8355 1234`. Mobiles become 11 digits; landlines `0AA(A)-NNNNNNN(N)`.
 * A landline without its area code is refused: the desk cannot call it back from another district.
 */
export function normalisePhone(raw: string): PhoneResult {
  let v = compactText(raw).replace(/[()（）]/g, (c) => (c === '(' || c === '（' ? '' : '-'));
  v = v.replace(/^(?:\+|00)86-?/, '');
  const digits = v.replace(/-/g, '');
  if (/^86(1[3-9]\d{9})$/.test(digits)) return { ok: true, phone: digits.slice(2) };
  if (MOBILE.test(digits)) return { ok: true, phone: digits };
  if (/^[\d-]+$/.test(v) && digits.startsWith('0')) {
    const landline = splitLandline(v, digits);
    if (landline && LANDLINE.test(landline)) return { ok: true, phone: landline };
  }
  return { ok: false, message: '电话号码格式不正确（手机 11 位，固话需带区号，如 010-83551234）' };
}

/** Beijing (010) and other two-digit-after-zero codes are 3 digits; most others 4. */
function splitLandline(typed: string, digits: string): string | null {
  const parts = typed.split('-').filter(Boolean);
  if (parts.length >= 2 && parts[0].startsWith('0')) return parts.join('-');
  const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4;
  const area = digits.slice(0, areaLength);
  const local = digits.slice(areaLength);
  return local.length >= 7 && local.length <= 8 ? `${area}-${local}` : null;
}
