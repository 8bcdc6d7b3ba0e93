import { compactText } from './normalise-text.js';

/**
 * Where an address is, down to the courtyard or building, for "same place" duplicate checks (DESIGN §5):
 * 黑窑厂街12号院3号楼2单元301 → road 黑窑厂街, house 12, building 3. Units, floors and flats are dropped: two
 * callers from one building report the same broken lift from different flats.
 */
export interface AddressKey {
  road: string;
  /** House or courtyard number as written after the road, 甲 prefix kept: "12", "甲8", "12-1". */
  house: string;
  /** Building inside a courtyard (号楼, 栋, 幢, or 号院N楼), or null when the address names the courtyard only. */
  building: string | null;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUMBER = /[零〇一二两三四五六七八九十百]+(?=号|楼|栋|幢|单元|层|室|门)/g;

/** 十二 → 12, 二十 → 20, 一百零五 → 105, 三 → 3; digit-by-digit readings (一二) as digits. */
export function chineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  if (!/[十百]/.test(text)) return Number([...text].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (c === '十') { total += (digit || 1) * 10; digit = 0; }
    else digit = DIGIT[c];
  }
  return total + digit;
}

/** Half-width, no spaces, Chinese numerals before 号/楼/单元… as digits, 号楼/栋/幢 as one spelling. */
export function normaliseAddress(address: string): string {
  return compactText(address)
    .replace(CN_NUMBER, (m) => String(chineseNumeral(m) ?? m))
    .replace(/[－—–]/g, '-')
    .replace(/(\d+)(?:号楼|栋|幢|座)/g, '$1号楼');
}

// Road, then the house number (甲8号, 12号院, 12-1号); the road is whatever comes before the first house number.
const HOUSE = /^(.+?)([甲乙丙丁]?\d+(?:-\d+)?)号(院?)(.*)$/;

/**
 * The address's key, or null when it has no house number (a road, a landmark): such addresses are too coarse to
 * call two calls "the same place". After 号院, a bare "3楼" is building 3 (as callers say it); after a house or a
 * building, "N楼/N层" is a floor and dropped.
 */
export function addressKey(address: string): AddressKey | null {
  // The duplicate rules key every nearby order of every probe: the same few thousand addresses, over and over
  // (an import batch compared 60,000 pairs, a third of its CPU in normalising; issue 14's profile).
  const known = KEYS.get(address);
  if (known !== undefined) return known;
  const key = parseAddressKey(address);
  if (KEYS.size >= KEY_CACHE_SIZE) KEYS.delete(KEYS.keys().next().value as string);
  KEYS.set(address, key);
  return key;
}

const KEY_CACHE_SIZE = 20_000;
/** Oldest first (insertion order), so the first key is the one to drop. Keys are frozen: callers share them. */
const KEYS = new Map<string, AddressKey | null>();

function parseAddressKey(address: string): AddressKey | null {
  const match = HOUSE.exec(normaliseAddress(address));
  if (!match) return null;
  const [, road, house, courtyard, rest] = match;
  const building = /^(\d+)号楼/.exec(rest)?.[1] ?? (courtyard ? /^(\d+)楼/.exec(rest)?.[1] : undefined) ?? null;
  return Object.freeze({ road, house, building });
}

/** Same road and house; buildings equal, or one side names the whole courtyard (which includes the building). */
export function samePlace(a: AddressKey | null, b: AddressKey | null): boolean {
  if (!a || !b || a.road !== b.road || a.house !== b.house) return false;
  return a.building === null || b.building === null || a.building === b.building;
}

/**
 * What the duplicate search looks orders up by (DESIGN §5): road and house, the parts `samePlace` needs equal. The
 * building is left out, since an order naming the whole courtyard is the same place as one naming a building in it.
 * Null when the address has no house number.
 */
export function placeKeyOf(address: string | null | undefined): string | null {
  const key = address ? addressKey(address) : null;
  return key ? `${key.road}#${key.house}` : null;
}
