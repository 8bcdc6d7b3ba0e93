import { addressKey } from '@app/intake';

/**
 * The place an address counts under in the hotspot list: the courtyard or house, not the building or flat
 * (黑窑厂街12号院3号楼2单元 → 黑窑厂街12号院), so one building's repeat calls and its neighbours' add up. Addresses
 * without a house number (a road, a landmark) count as written, trimmed.
 */
export function hotspotPlace(address: string): string {
  const key = addressKey(address);
  if (!key) return address.replace(/\s+/g, '').slice(0, 60);
  const courtyard = /^[^\d甲乙丙丁]*[甲乙丙丁]?\d+(?:-\d+)?号院/.test(address.replace(/\s+/g, ''));
  return `${key.road}${key.house}${courtyard ? '号院' : '号'}`;
}
