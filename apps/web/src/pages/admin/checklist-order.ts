/** A checklist item as far as its place in the list goes. */
export interface Placed {
  code: string;
  position: number;
  version: number;
}

export interface PositionWrite {
  code: string;
  version: number;
  position: number;
}

const STEP = 10;
const MAX_POSITION = 10_000;

/**
 * The position changes that move `items[index]` one place up (-1) or down (+1) in the list as shown (sorted by
 * position, then code, as the server lists it). One write when there is room between the neighbours it passes —
 * one audited change, nothing half-applied — else the whole list renumbered 10, 20, 30… in its new order, writing
 * only the items whose number changes. Empty when the item is already at that end.
 */
export function moveWrites(items: readonly Placed[], index: number, step: -1 | 1): PositionWrite[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [];
  const moved = items[index];
  const passed = items[target];
  const beyond = items[target + step];
  const position = beyond ? Math.floor((passed.position + beyond.position) / 2) : passed.position + step * STEP;
  const [low, high] = step < 0 ? [beyond?.position ?? -1, passed.position] : [passed.position, beyond?.position ?? MAX_POSITION + 1];
  if (position > low && position < high && position >= 0 && position <= MAX_POSITION) return [{ code: moved.code, version: moved.version, position }];

  const order = [...items];
  order.splice(index, 1);
  order.splice(target, 0, moved);
  return order.flatMap((item, i) => (item.position === (i + 1) * STEP ? [] : [{ code: item.code, version: item.version, position: (i + 1) * STEP }]));
}
