import { z } from 'zod';

/** What an inspector narrows the trail by; the same filters serve the list and the export. */
export const AuditFilter = z.object({
  /** 对象类型, exact: `order`, `unit`, `app_user` … */
  entityType: z.string().trim().max(64).optional(),
  /** 对象编号, exact. */
  entityId: z.string().trim().max(64).optional(),
  /** 操作人: part of the username or the display name, any case. */
  actor: z.string().trim().max(64).optional(),
  /** 操作: a prefix of the action (`order.` finds every order action). */
  action: z.string().trim().max(64).optional(),
  /** From this instant (inclusive) … */
  from: z.iso.datetime({ offset: true }).optional(),
  /** … to this one (exclusive). */
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export interface AuditWhere {
  /** SQL over `audit_log a LEFT JOIN app_user u ON u.id = a.actor_id`. */
  clause: string;
  params: unknown[];
}

/** `%`, `_` and `\` typed by the user match themselves, not any text. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE of the filtered trail, always within the caller's street. */
export function auditWhere(streetCode: string, f: AuditFilter): AuditWhere {
  const where = ['a.street_code = $1'];
  const params: unknown[] = [streetCode];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.entityType) add('a.entity_type = ?', f.entityType);
  if (f.entityId) add('a.entity_id = ?', f.entityId);
  if (f.actor) add('(a.actor_name ILIKE ? OR u.display_name ILIKE ?)', `%${likeLiteral(f.actor)}%`);
  if (f.action) add('a.action LIKE ?', `${likeLiteral(f.action)}%`);
  if (f.from) add('a.at >= ?', new Date(f.from));
  if (f.to) add('a.at < ?', new Date(f.to));
  return { clause: where.join(' AND '), params };
}

/** The filters actually given, as the `audit.exported` record keeps them. */
export function givenFilters(f: AuditFilter): Partial<AuditFilter> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as Partial<AuditFilter>;
}
