/**
 * The 12345 platform's export layout (Chinese headers), and the desk field each column feeds. Aliases cover the
 * header names seen in older platform versions. Defined once: the import reads it, the export writes it.
 */
export const UPSTREAM_COLUMNS = {
  upstreamNo: { header: '工单编号', aliases: ['工单号', '编号'], required: true },
  receivedAt: { header: '来电时间', aliases: ['受理时间', '登记时间'], required: true },
  citizenName: { header: '来电人', aliases: ['诉求人', '联系人'], required: false },
  citizenPhone: { header: '联系电话', aliases: ['来电号码', '电话'], required: true },
  address: { header: '诉求地址', aliases: ['地址', '事发地址'], required: true },
  content: { header: '诉求内容', aliases: ['内容', '问题描述'], required: true },
  type: { header: '诉求类型', aliases: ['类型'], required: true },
  category1: { header: '一级分类', aliases: [], required: false },
  category2: { header: '二级分类', aliases: [], required: false },
  category3: { header: '三级分类', aliases: [], required: false },
  urgency: { header: '紧急程度', aliases: ['紧急度'], required: false },
  upstreamDueAt: { header: '办理时限', aliases: ['时限', '截止时间'], required: false },
  channel: { header: '来源渠道', aliases: ['渠道', '来源'], required: false },
} as const;
export type UpstreamField = keyof typeof UPSTREAM_COLUMNS;
export const UPSTREAM_FIELDS = Object.keys(UPSTREAM_COLUMNS) as UpstreamField[];

export type ColumnIndex = Partial<Record<UpstreamField, number>>;

/** Reads the header row; reports the required columns that are missing (a file-level error, not a row error). */
export function indexColumns(header: readonly string[]): { index: ColumnIndex; missing: string[] } {
  const names = header.map((h) => (h ?? '').normalize('NFKC').replace(/^\uFEFF/, '').trim());
  const index: ColumnIndex = {};
  for (const field of UPSTREAM_FIELDS) {
    const spec = UPSTREAM_COLUMNS[field];
    const at = names.findIndex((n) => n === spec.header || (spec.aliases as readonly string[]).includes(n));
    if (at >= 0) index[field] = at;
  }
  const missing = UPSTREAM_FIELDS.filter((f) => UPSTREAM_COLUMNS[f].required && index[f] === undefined).map((f) => UPSTREAM_COLUMNS[f].header);
  return { index, missing };
}

/** Platform wording → desk codes (DESIGN §2). */
export const TYPE_BY_LABEL: Readonly<Record<string, string>> = {
  咨询: 'consult', 求助: 'help', 投诉: 'complaint', 举报: 'report', 建议: 'suggestion', 表扬: 'praise', 其他: 'other',
};
export const URGENCY_BY_LABEL: Readonly<Record<string, string>> = { 一般: 'normal', 紧急: 'urgent', 非常紧急: 'critical', 特急: 'critical' };
export const CHANNEL_BY_LABEL: Readonly<Record<string, string>> = {
  电话: 'hotline', 热线: 'hotline', 热线电话: 'hotline', '12345': 'hotline',
  网络: 'web', 网站: 'web', 网上: 'web',
  APP: 'app', App: 'app', app: 'app', 移动端: 'app', 微信: 'app', 小程序: 'app',
  信件: 'mail', 邮件: 'mail', 来信: 'mail',
  主动发现: 'proactive',
};
