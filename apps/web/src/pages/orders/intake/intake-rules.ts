import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { IntakeFormValues } from './intake-form-values';

/**
 * The form's own checks, worded as the server words them (libs/orders/src/use-cases/intake-order.use-case.ts) so the
 * operator reads the same sentence either way. They only answer sooner: the server's checks are the ones that count.
 */

/** Mobile (11 digits) or landline with area code and optional extension, after spaces and +86 are dropped. */
const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;

export function normalisePhone(value: string): string {
  return value.replace(/\s/g, '').replace(/^\+?86(?=1)/, '');
}

/** Whether the phone is typed out in full — only then can it match an earlier call. */
export function isCompletePhone(value: string | undefined): boolean {
  return Boolean(value) && PHONE.test(normalisePhone(value!));
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export const INTAKE_RULES = {
  citizenPhone: [
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => {
        if (!trimmed(value)) {
          return getFieldValue('channel') === 'proactive' ? Promise.resolve() : Promise.reject(new Error('来电工单须填写联系电话'));
        }
        return isCompletePhone(value) ? Promise.resolve() : Promise.reject(new Error('电话号码格式不正确（手机 11 位，固话需带区号）'));
      },
    }),
  ],
  address: [{ validator: (_, value) => (trimmed(value).length >= 2 ? Promise.resolve() : Promise.reject(new Error('请填写诉求地址'))) }],
  content: [
    {
      validator: (_, value) => {
        const length = trimmed(value).length;
        if (length === 0) return Promise.reject(new Error('请填写诉求内容'));
        return length >= 5 ? Promise.resolve() : Promise.reject(new Error('诉求内容至少 5 个字'));
      },
    },
  ],
  type: [{ required: true, message: '请选择诉求类型' }],
  receivedAt: [{ required: true, message: '请填写来电时间' }],
  upstreamNo: [{ pattern: /^[A-Za-z0-9_-]*$/, message: '工单编号只能包含字母、数字、下划线和连字符' }],
  upstreamDueAt: [
    ({ getFieldValue }) => ({
      validator: (_, value: Dayjs | null) => {
        const received = getFieldValue('receivedAt') as Dayjs | null;
        return value && received && !value.isAfter(received) ? Promise.reject(new Error('办理时限不能早于来电时间')) : Promise.resolve();
      },
    }),
  ],
} satisfies Partial<Record<keyof IntakeFormValues, FormRule[]>>;
