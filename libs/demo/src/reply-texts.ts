import type { ChecklistEntry, ContactMethod, ReplyResult, ReviewChecklistItem, UnitReturnReason } from '@app/orders';
import type { CategoryProfile } from './category-profile.js';
import type { Rng } from './prng.js';
import { formatShanghaiMonthDayTime } from './shanghai-time.js';

/** Chinese texts for the scripted actions: replies, review comments, return reasons, hang plans. */

const CONTACT_WORDS: Readonly<Record<ContactMethod, string>> = {
  phone: '电话联系来电人',
  visit: '上门走访来电人',
  sms: '短信联系来电人',
  other: '联系来电人',
};

const PARTLY_TAILS = [
  '需协调相关权属单位，预计两周内完成，将持续跟进',
  '涉及资金审批，已列入计划，完成后再告知来电人',
  '需待天气条件允许后施工，已告知来电人',
];

const GENERIC_EXPLANATIONS = [
  '经现场核实，该诉求涉及的事项暂不具备解决条件，已说明相关政策依据',
  '经核实，该事项需由相关产权单位依法处理，已告知来电人具体办理渠道',
];

export interface ReplyTextInput {
  profile: CategoryProfile;
  unitName: string;
  result: ReplyResult;
  contactedAt: Date | null;
  method: ContactMethod | null;
  /** False for the desk's own findings (主动发现): nobody to contact or to satisfy. */
  hasCaller: boolean;
}

export function replyText(rng: Rng, input: ReplyTextInput): string {
  const { profile, unitName, result, contactedAt, method, hasCaller } = input;
  if (!hasCaller) return `${unitName}接单后到现场处置，${rng.pick(profile.actions)}，已处置完毕。`;
  const contact = contactedAt && method
    ? `${unitName}于${formatShanghaiMonthDayTime(contactedAt)}${CONTACT_WORDS[method]}，`
    : `${unitName}多次致电来电人未接通，`;
  if (result === 'explained_unsolvable') {
    const why = rng.pick(profile.explanations ?? GENERIC_EXPLANATIONS);
    return `${contact}${why}，已向来电人做好解释说明。`;
  }
  const action = rng.pick(profile.actions);
  if (result === 'partly') return `${contact}${action}。目前问题已部分解决，剩余事项${rng.pick(PARTLY_TAILS)}。`;
  return `${contact}${action}，问题已解决，来电人表示认可。`;
}

export function deskAnswerText(rng: Rng, profile: CategoryProfile, answeredAt: Date): string {
  const answer = rng.pick(profile.answers ?? ['已向来电人解答相关政策']);
  return `坐席于${formatShanghaiMonthDayTime(answeredAt)}电话答复来电人：${answer}。来电人表示清楚。`;
}

export const REJECT_COMMENTS: Readonly<Record<ReviewChecklistItem, string>> = {
  citizen_contacted: '未写明联系来电人的时间和方式，请补充',
  all_demands_answered: '来电人提出的诉求未逐项答复，请补充',
  result_clear: '办理结果表述不清，请明确是否已解决',
  legal_basis: '对不能解决的诉求未说明政策依据',
  wording_polite: '答复用语不规范，请修改',
  no_third_party_pii: '答复中含有他人个人信息，请删除',
  attachments_present: '答复称已整改但未附现场照片',
};

const REVIEW_ITEMS = Object.keys(REJECT_COMMENTS) as ReviewChecklistItem[];

const NO_CALLER_NOTE = '主动发现事项，无来电人需联系';

/**
 * A review's checklist (DESIGN §6): every item judged once, `na` only where the item allows it. A legal basis is only
 * asked of replies that refuse or explain, and no demo reply promises attachments, so those two are `na` elsewhere.
 * A proactive case has no caller to contact: the item may not be n/a, so the reviewer passes it and notes why.
 */
export function reviewChecklist(result: ReplyResult, hasCaller: boolean, failed: readonly ReviewChecklistItem[] = []): ChecklistEntry[] {
  return REVIEW_ITEMS.map((item): ChecklistEntry => {
    if (failed.includes(item)) return { item, verdict: 'fail', note: REJECT_COMMENTS[item] };
    if (item === 'legal_basis') return { item, verdict: result === 'solved' ? 'na' : 'pass' };
    if (item === 'attachments_present') return { item, verdict: 'na' };
    if (item === 'citizen_contacted' && !hasCaller) return { item, verdict: 'pass', note: NO_CALLER_NOTE };
    return { item, verdict: 'pass' };
  });
}

export const UNIT_RETURN_TEXTS: Readonly<Record<UnitReturnReason, string>> = {
  not_our_duty: '经核实，该诉求不属于本单位职责范围，请街道重新研判派单',
  outside_area: '诉求地点不在本单位管辖范围内，请街道核实后改派',
  wrong_category: '问题分类有误，请街道重新研判派单',
  insufficient_info: '来电人地址不详，现场无法找到诉求点位，请补充信息',
  other: '该诉求涉及多个部门，需街道统筹协调',
};

export const SUB_REPLY_TEXTS = [
  '已配合主办单位到现场核实情况，并协助做好来电人解释工作',
  '已按职责完成配合处置，相关情况已反馈主办单位',
  '已派员协助现场处置，后续将配合主办单位跟进',
];

/** Who at the unit made the first contact (联系人), as units report it. */
export const HANDLER_NAMES = ['王建国', '李红梅', '张伟', '刘晓东', '陈静', '赵志强', '孙丽', '周海涛'];

/** What the first contact established, by how the citizen was reached. */
export const CONTACT_SUMMARIES: Readonly<Record<ContactMethod, readonly string[]>> = {
  phone: ['已电话联系来电人，了解具体诉求，约定上门查看时间', '已电话联系来电人，告知已安排人员核实处置', '已电话联系来电人，核实地址和问题情况'],
  visit: ['已上门走访来电人，现场查看问题情况', '已到现场与来电人见面，记录诉求并拍照取证'],
  sms: ['来电人电话未接通，已发送短信告知受理情况及联系方式'],
  other: ['已通过社区网格员联系来电人'],
};

export const HANG_PLANS = [
  '已纳入年度整治计划，待资金批复后实施，每月向来电人通报进展',
  '需多部门联合处置，已制定分步整改方案，按月跟进',
  '涉及产权单位协调，已召开协调会，明确时间表后推进',
];

export const CALLBACK_NOTES = {
  satisfied: ['来电人表示满意', '来电人对处理结果认可', '问题已解决，来电人满意'],
  basically: ['来电人表示基本满意', '来电人认为处理较慢，基本满意'],
  dissatisfied: ['来电人表示不满意，问题仍未解决', '来电人对答复不认可'],
  unreachable: ['来电人电话无人接听', '来电人拒绝回访'],
} as const;
