import type { Dayjs } from 'dayjs';
import type { OrderAction } from '@app/orders/domain/order-actions';
import {
  CONTACT_METHOD_LABELS,
  CONTACT_METHODS,
  REPLY_RESULT_LABELS,
  REPLY_RESULTS,
  RETURN_REASON_LABELS,
  RETURN_REASONS,
  SATISFACTION_LABELS,
  SATISFACTIONS,
  UNIT_RETURN_REASON_LABELS,
  UNIT_RETURN_REASONS,
  ASSESSMENT_SCOPE_LABELS,
} from '@app/orders/domain/order-status';
import type { AttachedFile } from '../../../forms/file-upload';

/**
 * What each action's form asks for — the body each action takes (libs/orders/src/domain/parse-action-input.ts;
 * units and the merge master by id, as libs/orders/src/use-cases/action-enrichment.ts reads them). Field `name`s
 * are the body's keys, so the server's field errors land next to the right input. Which actions a user may take
 * is never decided here: the buttons come from the server's `allowedActions`. An action with no fields is
 * confirmed in one click instead of a form.
 */
export type FieldValue = string | string[] | Record<string, string> | Dayjs | AttachedFile[] | null | undefined;
export type FormValues = Record<string, FieldValue>;

interface BaseField {
  name: string;
  label: string;
  required?: boolean;
  /** Shown (and sent) only when this holds; a hidden field is left out of the body. */
  showIf?: (values: FormValues) => boolean;
  hint?: string;
}

export type FieldSpec = BaseField &
  (
    | { kind: 'text'; maxLength?: number; placeholder?: string }
    /** `templates`: the street's 常用答复 can fill it (reply content). */
    | { kind: 'textarea'; maxLength?: number; placeholder?: string; templates?: boolean }
    | { kind: 'select'; options: readonly { value: string; label: string }[] }
    /** 是 / 否, sent as a boolean. */
    | { kind: 'yesno' }
    /** Beijing wall-clock time, sent as ISO with +08:00. `defaultNow` pre-fills the current time. */
    | { kind: 'datetime'; defaultNow?: boolean }
    /** One unit from the street's units (`GET /api/units`), or from the order's co-units. */
    | { kind: 'unit'; from: 'street' | 'coUnits' }
    /** Several units (协办单位). */
    | { kind: 'units' }
    /** Every item of the review checklist judged 通过 / 不通过 / 不适用. */
    | { kind: 'checklist' }
    /** Files uploaded as they are picked (`POST /api/attachments`); kept with their names, sent as the list of ids. */
    | { kind: 'files' }
    /** A leaf of the street's three-level category tree (`GET /api/categories`), sent as its path. */
    | { kind: 'category' }
  );

const options = <T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>) =>
  codes.map((value) => ({ value, label: labels[value] }));

const yes = (name: string) => (values: FormValues) => values[name] === 'yes';

const note = (label = '备注'): FieldSpec => ({ kind: 'textarea', name: 'note', label, maxLength: 500 });
const comment = (label: string, required = false): FieldSpec => ({ kind: 'textarea', name: 'comment', label, required, maxLength: 500 });
const files = (name: 'attachmentIds' | 'evidenceIds', label: string): FieldSpec => ({
  kind: 'files', name, label, hint: '图片、PDF、Word、Excel 或文本文件，可多选',
});
const units: FieldSpec[] = [
  { kind: 'unit', name: 'leadUnitId', label: '主办单位', required: true, from: 'street' },
  { kind: 'units', name: 'coUnitIds', label: '协办单位' },
];

export const ACTION_FORMS: Readonly<Record<OrderAction, readonly FieldSpec[]>> = {
  sign: [note()],
  merge: [
    { kind: 'text', name: 'masterId', label: '主工单 ID', required: true, hint: '被合并到的工单的 ID（详情页地址中的编号）' },
    note(),
  ],
  answer: [
    { kind: 'textarea', name: 'content', label: '答复内容', required: true, maxLength: 5000 },
    { kind: 'select', name: 'result', label: '办理结果', required: true, options: options(REPLY_RESULTS, REPLY_RESULT_LABELS) },
  ],
  dispatch: [...units, { kind: 'textarea', name: 'instructions', label: '派单要求', maxLength: 500 }],
  // 接收 only records that the unit has the order: one click, confirmed, like the platform's own 签收.
  acknowledge: [],
  contact: [
    { kind: 'datetime', name: 'contactedAt', label: '联系时间', required: true, defaultNow: true },
    { kind: 'select', name: 'method', label: '联系方式', required: true, options: options(CONTACT_METHODS, CONTACT_METHOD_LABELS) },
    { kind: 'text', name: 'contactedBy', label: '联系人', required: true, maxLength: 100, placeholder: '实际联系诉求人的工作人员姓名' },
    { kind: 'textarea', name: 'summary', label: '联系情况', required: true, maxLength: 500, hint: '例如：已电话联系诉求人，约定明日上门查看' },
  ],
  redispatch: [...units, { kind: 'textarea', name: 'reason', label: '改派原因', required: true, maxLength: 500 }],
  unit_return: [
    { kind: 'select', name: 'reason', label: '退回原因', required: true, options: options(UNIT_RETURN_REASONS, UNIT_RETURN_REASON_LABELS) },
    { kind: 'textarea', name: 'text', label: '情况说明', required: true, maxLength: 500 },
  ],
  urge: [comment('催办意见')],
  extend_request: [
    { kind: 'datetime', name: 'newDueAt', label: '申请延至', required: true },
    { kind: 'textarea', name: 'reason', label: '延期理由', required: true, maxLength: 500 },
  ],
  extend_decide: [
    { kind: 'yesno', name: 'approved', label: '是否同意延期', required: true },
    { kind: 'datetime', name: 'dueAt', label: '批准延至', hint: '不填则按申请的时间', showIf: yes('approved') },
    { kind: 'yesno', name: 'upstreamApproved', label: '平台已同意超出平台时限', showIf: yes('approved') },
    {
      kind: 'datetime',
      name: 'newUpstreamDueAt',
      label: '新的平台时限',
      required: true,
      showIf: (v) => v.approved === 'yes' && v.upstreamApproved === 'yes',
    },
    comment('审批意见'),
  ],
  sub_reply: [
    { kind: 'textarea', name: 'content', label: '协办回复内容', required: true, maxLength: 5000 },
    { kind: 'unit', name: 'unitId', label: '代协办单位录入', from: 'coUnits', hint: '承办人为本单位回复时不选' },
    files('attachmentIds', '附件'),
  ],
  reply: [
    { kind: 'textarea', name: 'content', label: '回复内容', required: true, maxLength: 5000, templates: true },
    { kind: 'yesno', name: 'contacted', label: '是否已联系诉求人', required: true },
    { kind: 'datetime', name: 'contactedAt', label: '联系时间', required: true, defaultNow: true, showIf: yes('contacted') },
    { kind: 'select', name: 'contactMethod', label: '联系方式', required: true, options: options(CONTACT_METHODS, CONTACT_METHOD_LABELS), showIf: yes('contacted') },
    { kind: 'select', name: 'result', label: '办理结果', required: true, options: options(REPLY_RESULTS, REPLY_RESULT_LABELS) },
    files('attachmentIds', '附件'),
  ],
  approve: [{ kind: 'checklist', name: 'checklist', label: '审核项', required: true }, comment('审核意见')],
  reject: [{ kind: 'checklist', name: 'checklist', label: '审核项', required: true }, comment('驳回意见', true)],
  request_return: [
    { kind: 'select', name: 'reason', label: '退单原因', required: true, options: options(RETURN_REASONS, RETURN_REASON_LABELS) },
    { kind: 'textarea', name: 'text', label: '退单说明', required: true, maxLength: 500 },
    files('evidenceIds', '证明材料'),
  ],
  return_decided: [{ kind: 'yesno', name: 'accepted', label: '平台是否同意退单', required: true }, comment('平台意见')],
  callback: [
    { kind: 'yesno', name: 'contacted', label: '是否联系上诉求人', required: true },
    { kind: 'yesno', name: 'solved', label: '诉求是否解决', required: true, showIf: yes('contacted') },
    { kind: 'select', name: 'satisfaction', label: '满意度', required: true, options: options(SATISFACTIONS, SATISFACTION_LABELS), showIf: yes('contacted') },
    { kind: 'yesno', name: 'valid', label: '是否有效回访', required: true },
    {
      kind: 'select',
      name: 'assessment',
      label: '考核口径',
      hint: '不选则保持不变；剔除须另行申请',
      options: [
        { value: 'full', label: ASSESSMENT_SCOPE_LABELS.full },
        { value: 'response_only', label: ASSESSMENT_SCOPE_LABELS.response_only },
      ],
    },
    note('回访记录'),
  ],
  reopen: [
    { kind: 'textarea', name: 'reason', label: '重办原因', required: true, maxLength: 500 },
    { kind: 'datetime', name: 'newUpstreamDueAt', label: '新的平台时限' },
  ],
  hang: [
    { kind: 'textarea', name: 'plan', label: '挂账计划', required: true, maxLength: 5000 },
    { kind: 'datetime', name: 'nextProgressAt', label: '下次进展时间', required: true },
    { kind: 'unit', name: 'responsibleUnitId', label: '责任单位', from: 'street', hint: '不选则为主办单位' },
    { kind: 'textarea', name: 'note', label: '进展情况', maxLength: 5000 },
  ],
  unhang: [comment('说明')],
  // The backend's new 更正分类 (parse-action-input.ts): a leaf path of the three-level category and why.
  reclassify: [
    { kind: 'category', name: 'category', label: '问题分类', required: true, hint: '选择三级分类，可输入关键字查找' },
    { kind: 'textarea', name: 'reason', label: '更正原因', required: true, maxLength: 500 },
  ],
};
