/**
 * The street's keyword rules in their new order after one moves to `position` (0 = first; beyond the end = last).
 * The order matters: of two rules matching as many keywords, the earlier one suggests its category.
 */
export function placeAt(ids: readonly string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(Math.trunc(position), rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
