/**
 * An address down to the building, never the flat: 黑窑厂街12号院3号楼2单元301室 → 黑窑厂街12号院3号楼. A door
 * number identifies a household; a courtyard or building is where the problem is.
 */
export function coarseAddress(address: string | null | undefined): string {
  if (!address) return '';
  const compact = address.replace(/\s+/g, '');
  const building = /^.*?\d+号楼/.exec(compact);
  if (building) return building[0];
  // Without a building: drop a unit, floor, flat or 3-2-301 style door number and what follows it.
  const door = /\d+(?:单元|层|室|户)|\d+-\d+(?:-\d+)?/.exec(compact);
  return (door ? compact.slice(0, door.index) : compact).replace(/[-—,，]+$/, '');
}

/** A long text cut at a sentence end near `max` characters, with an ellipsis when cut. */
export function summarise(text: string, max = 120): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max).join('');
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'));
  return end >= max / 2 ? head.slice(0, end + 1) : `${head}…`;
}
