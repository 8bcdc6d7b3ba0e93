/**
 * Reply templates (常用答复) with placeholders such as `{{诉求人称呼}}` filled from the order. Unknown or empty
 * placeholders are left visible and reported, so a unit never sends a reply with a silent gap.
 */
export const TEMPLATE_PLACEHOLDERS = {
  工单编号: 'upstreamNo',
  诉求人称呼: 'salutation',
  诉求地址: 'address',
  诉求内容: 'content',
  问题分类: 'category',
  诉求类型: 'typeLabel',
  来电日期: 'receivedDate',
  承办单位: 'unitName',
  街道名称: 'streetName',
  今天: 'today',
} as const;
export type PlaceholderName = keyof typeof TEMPLATE_PLACEHOLDERS;
export type TemplateValues = Partial<Record<(typeof TEMPLATE_PLACEHOLDERS)[PlaceholderName], string | null>>;

export interface RenderedTemplate {
  text: string;
  /** Placeholders the template names that are not known. */
  unknown: string[];
  /** Known placeholders the order had no value for (left as written). */
  missing: string[];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

export function renderTemplate(body: string, values: TemplateValues): RenderedTemplate {
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const key = TEMPLATE_PLACEHOLDERS[name as PlaceholderName];
    if (!key) {
      unknown.add(name);
      return whole;
    }
    const value = values[key];
    if (value === undefined || value === null || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, unknown: [...unknown], missing: [...missing] };
}

/** Placeholder names a template uses that are not known (for validating an admin's edit). */
export function unknownPlaceholders(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !(n in TEMPLATE_PLACEHOLDERS)))];
}

/** 张先生 / 李女士 is not knowable from the data; the surname with 先生/女士 would be a guess. */
export function salutationOf(citizenName: string | null): string | null {
  const name = citizenName?.trim();
  if (!name) return null;
  return `${[...name][0]}先生/女士`;
}
