import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { beijingNow, buildBody, initialValues, toIsoBeijing } from './action-form-body';
import type { FieldSpec } from './action-form-spec';

// Shaped like ACTION_FORMS' (whose labels come from the domain lib, outside this test's module map).
const contacted = (values: Record<string, unknown>) => values.contacted === 'yes';
const CONTACT: FieldSpec[] = [
  { kind: 'datetime', name: 'contactedAt', label: '联系时间', required: true, defaultNow: true },
  { kind: 'select', name: 'method', label: '联系方式', required: true, options: [{ value: 'phone', label: '电话' }] },
];
const REPLY: FieldSpec[] = [
  { kind: 'textarea', name: 'content', label: '回复内容', required: true, templates: true },
  { kind: 'yesno', name: 'contacted', label: '是否已联系诉求人', required: true },
  { kind: 'datetime', name: 'contactedAt', label: '联系时间', required: true, defaultNow: true, showIf: contacted },
  { kind: 'select', name: 'contactMethod', label: '联系方式', required: true, options: [{ value: 'phone', label: '电话' }], showIf: contacted },
  { kind: 'select', name: 'result', label: '办理结果', required: true, options: [{ value: 'solved', label: '已解决' }] },
  { kind: 'files', name: 'attachmentIds', label: '附件' },
];
const DISPATCH: FieldSpec[] = [
  { kind: 'unit', name: 'leadUnitId', label: '主办单位', required: true, from: 'street' },
  { kind: 'units', name: 'coUnitIds', label: '协办单位' },
  { kind: 'textarea', name: 'instructions', label: '派单要求' },
];
const REVIEW: FieldSpec[] = [
  { kind: 'checklist', name: 'checklist', label: '审核项', required: true },
  { kind: 'textarea', name: 'comment', label: '驳回意见', required: true },
];

const CHECKLIST = [
  { code: 'contacted', label: '已联系诉求人', naAllowed: false },
  { code: 'policy', label: '有法规政策依据', naAllowed: true },
];

describe('action form values', () => {
  it('when a form opens, then times that default to now show Beijing wall-clock time whatever the machine zone (tests run in UTC)', () => {
    const now = new Date('2026-11-25T02:05:00Z');
    expect(beijingNow(now).format('YYYY-MM-DD HH:mm')).toBe('2026-11-25 10:05');
    expect(toIsoBeijing(beijingNow(now))).toBe('2026-11-25T10:05:00+08:00');
    const contact = initialValues(CONTACT, [], now);
    expect(dayjs.isDayjs(contact.contactedAt)).toBe(true);
    expect(contact.method).toBeUndefined(); // the picker shows its placeholder, not an empty option
  });

  it('when a review form opens, then every checklist item starts as 通过', () => {
    expect(initialValues(REVIEW, CHECKLIST).checklist).toEqual({ contacted: 'pass', policy: 'pass' });
  });

  it('when the citizen was not contacted, then the hidden contact time and method are not sent, and 是/否 is a boolean', () => {
    const body = buildBody(REPLY, {
      content: '  已清理楼道。 ',
      contacted: 'no',
      contactedAt: dayjs('2026-11-25T10:00'),
      contactMethod: 'phone',
      result: 'solved',
      attachmentIds: [{ id: 'f1', fileName: '现场照片.png' }],
    });
    expect(body).toEqual({ content: '已清理楼道。', contacted: false, result: 'solved', attachmentIds: ['f1'] });
  });

  it('when the citizen was contacted, then the picked time goes with Beijing\'s offset', () => {
    const body = buildBody(REPLY, { content: '已处理', contacted: 'yes', contactedAt: dayjs('2026-11-25T09:30'), contactMethod: 'phone', result: 'solved', attachmentIds: [] });
    expect(body).toEqual({ content: '已处理', contacted: true, contactedAt: '2026-11-25T09:30:00+08:00', contactMethod: 'phone', result: 'solved' });
  });

  it('when a dispatch names no co-units and blank instructions, then only the lead unit is sent', () => {
    expect(buildBody(DISPATCH, { leadUnitId: 'u1', coUnitIds: [], instructions: '   ' })).toEqual({ leadUnitId: 'u1' });
    expect(buildBody(DISPATCH, { leadUnitId: 'u1', coUnitIds: ['u2'], instructions: '' })).toEqual({ leadUnitId: 'u1', coUnitIds: ['u2'] });
  });

  it('when a review is judged, then the checklist goes as item/verdict pairs', () => {
    expect(buildBody(REVIEW, { checklist: { contacted: 'fail', policy: 'na' }, comment: '请补充' })).toEqual({
      checklist: [
        { item: 'contacted', verdict: 'fail' },
        { item: 'policy', verdict: 'na' },
      ],
      comment: '请补充',
    });
  });
});
