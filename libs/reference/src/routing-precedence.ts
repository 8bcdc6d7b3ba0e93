/** What decides between routing rules that all apply to an order (DESIGN §5: category × community → unit). */
export interface RoutingPrecedence {
  /** The admin's priority; 0 when not given. */
  priority?: number;
  /** The rule is limited to one community (rather than the whole street). */
  communityScoped: boolean;
  categoryPrefix: string;
}

const levels = (path: string) => path.split('/').filter(Boolean).length;

/**
 * Best first: the admin's priority, then a rule for the order's own community over a street-wide one, then the more
 * specific prefix (more levels). One ordering for intake's suggestion and the demo data's dispatches.
 */
export function compareRoutingPrecedence(a: RoutingPrecedence, b: RoutingPrecedence): number {
  return (
    (b.priority ?? 0) - (a.priority ?? 0) ||
    Number(b.communityScoped) - Number(a.communityScoped) ||
    levels(b.categoryPrefix) - levels(a.categoryPrefix)
  );
}
