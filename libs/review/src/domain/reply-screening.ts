import type { OrderType, ReplyResult } from '@app/orders';
import type { ScreeningFinding, ScreeningRule } from './screening-finding.js';
import { PHRASE_KIND_LABELS } from './screening-phrase-kinds.js';

export type { ScreeningFinding, ScreeningRule } from './screening-finding.js';
export * from './screening-phrase-kinds.js';

/**
 * Automatic screening of a reply before a reviewer reads it (DESIGN §6): wording (evasive phrases and the admin's
 * prohibited list, the contract's 九不准/六不许), third parties' personal data, a missing contact record, and a
 * reply that does not answer what the order's type asks for. Findings only suggest: each names the checklist item
 * it pre-fails and the matched text, and the reviewer decides.
 */
export interface ScreenedReply {
  content: string;
  /** Absent on the desk's own answer (直接答复): the operator answered the caller during the call. */
  contacted?: boolean;
  contactedAt?: string | Date | null;
  contactMethod?: string | null;
  result: ReplyResult;
}

export interface ScreeningInput {
  reply: ScreenedReply;
  subReplies?: readonly { content: string }[];
  orderType: OrderType;
  /** The caller's own number may appear in a reply; any other mobile number is a third party's. */
  callerPhone: string | null;
  evasivePhrases: readonly string[];
  prohibitedWords: readonly string[];
}

export const SCREENING_RULE_LABELS: Readonly<Record<ScreeningRule, string>> = {
  evasive_phrase: PHRASE_KIND_LABELS.evasive,
  prohibited_word: PHRASE_KIND_LABELS.prohibited,
  id_card_number: '含身份证号码',
  third_party_phone: '含诉求人以外的手机号码',
  no_contact_record: '未记录联系诉求人',
  type_not_addressed: '答复未回应诉求类型',
  refusal_without_basis: '未解决但未说明依据',
};

// 18-digit resident ID: region, a plausible birth date (19xx/20xx, month, day), sequence and check digit. Digits
// around it must not be digits, so longer numbers (order numbers, bank cards) do not match.
const ID_CARD = /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/**
 * What a reply must show for each type (consult: an answer; complaint/report: a handling result; help: the help
 * given; suggestion: whether it is adopted; praise: that it was passed on). Word lists are deliberately broad: a
 * finding only pre-fails an item for the reviewer.
 */
export const TYPE_EXPECTATIONS: Readonly<Record<OrderType, { item: string; words: readonly string[]; expectation: string }>> = {
  consult: { item: 'all_demands_answered', expectation: '咨询件应给出明确答复', words: ['答复', '告知', '解答', '可以', '需要', '须', '应当', '办理', '携带', '政策', '规定', '流程', '地点', '电话'] },
  complaint: { item: 'result_clear', expectation: '投诉件应写明核实情况和处理结果', words: ['已处理', '已解决', '已整改', '已清理', '已修复', '已维修', '已完成', '已责令', '已约谈', '已督促', '处理结果', '经核实', '核实', '整改', '处罚', '查处'] },
  report: { item: 'result_clear', expectation: '举报件应写明核查情况和处理结果', words: ['经核查', '核查', '经核实', '核实', '查处', '处罚', '已处理', '立案', '责令', '处理结果'] },
  help: { item: 'result_clear', expectation: '求助件应写明提供的帮助或办理结果', words: ['已协助', '协助', '帮助', '已联系', '已安排', '已解决', '已完成', '已处理', '办理'] },
  suggestion: { item: 'all_demands_answered', expectation: '建议件应答复是否采纳及理由', words: ['采纳', '研究', '转达', '反馈', '纳入', '考虑', '感谢'] },
  praise: { item: 'all_demands_answered', expectation: '表扬件应答复已转达', words: ['转达', '感谢', '反馈', '表扬'] },
  other: { item: 'all_demands_answered', expectation: '答复应回应诉求', words: [] },
};

/** Words that show a refusal or an unsolvable demand rests on a rule (DESIGN §6: legal/policy basis). */
const BASIS_WORDS = ['依据', '根据', '按照', '规定', '条例', '办法', '政策', '法律', '法规', '《'];

export function screenReply(input: ScreeningInput): ScreeningFinding[] {
  const texts: { text: string; source: ScreeningFinding['source'] }[] = [
    { text: input.reply.content, source: 'reply' },
    ...(input.subReplies ?? []).map((s) => ({ text: s.content, source: 'sub_reply' as const })),
  ];
  const findings: ScreeningFinding[] = [];
  for (const { text, source } of texts) {
    findings.push(...phraseFindings(text, source, input.evasivePhrases, 'evasive_phrase'));
    findings.push(...phraseFindings(text, source, input.prohibitedWords, 'prohibited_word'));
    findings.push(...personalDataFindings(text, source, input.callerPhone));
  }
  findings.push(...contactFindings(input.reply));
  findings.push(...typeFindings(input.reply, input.orderType));
  return findings;
}

function phraseFindings(text: string, source: ScreeningFinding['source'], phrases: readonly string[], rule: 'evasive_phrase' | 'prohibited_word'): ScreeningFinding[] {
  return [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .filter((phrase) => text.includes(phrase))
    .map((phrase) => ({ rule, item: 'wording_polite', matched: phrase, source, message: `${SCREENING_RULE_LABELS[rule]}：“${phrase}”` }));
}

function personalDataFindings(text: string, source: ScreeningFinding['source'], callerPhone: string | null): ScreeningFinding[] {
  const out: ScreeningFinding[] = [];
  for (const m of text.matchAll(ID_CARD)) {
    out.push({ rule: 'id_card_number', item: 'no_third_party_pii', matched: m[0], source, message: `答复中出现身份证号码：${m[0]}` });
  }
  const caller = callerPhone?.replace(/\D/g, '') ?? '';
  for (const m of text.matchAll(MOBILE)) {
    // An ID number contains 11-digit runs that look like phones; those are already reported above.
    if (m[0] === caller || [...text.matchAll(ID_CARD)].some((id) => id[0].includes(m[0]))) continue;
    out.push({ rule: 'third_party_phone', item: 'no_third_party_pii', matched: m[0], source, message: `答复中出现诉求人以外的手机号码：${m[0]}` });
  }
  return out;
}

function contactFindings(reply: ScreenedReply): ScreeningFinding[] {
  if (reply.contacted === undefined) return [];
  if (reply.contacted && reply.contactedAt && reply.contactMethod) return [];
  const message = reply.contacted ? '已联系诉求人但未记录联系时间或方式' : '答复未记录联系诉求人';
  return [{ rule: 'no_contact_record', item: 'citizen_contacted', matched: '', source: 'reply', message }];
}

function typeFindings(reply: ScreenedReply, type: OrderType): ScreeningFinding[] {
  const out: ScreeningFinding[] = [];
  const expected = TYPE_EXPECTATIONS[type];
  if (expected.words.length > 0 && !expected.words.some((w) => reply.content.includes(w))) {
    out.push({ rule: 'type_not_addressed', item: expected.item, matched: '', source: 'reply', message: expected.expectation });
  }
  if (reply.result === 'explained_unsolvable' && !BASIS_WORDS.some((w) => reply.content.includes(w))) {
    out.push({ rule: 'refusal_without_basis', item: 'legal_basis', matched: '', source: 'reply', message: '暂无法解决的诉求应说明法规政策依据' });
  }
  return out;
}
