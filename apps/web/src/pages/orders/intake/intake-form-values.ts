import dayjs, { type Dayjs } from 'dayjs';
import type { IntakeOrderBody } from '../../../api/order-types';
import { fromBeijingInput, toBeijingInput } from '../../../lib/beijing-input';
import type { AssessmentScope, Channel, OrderType, Urgency } from '@app/orders/domain/order-status';

/**
 * The intake form as antd's `Form` holds it. Keys are the body's keys, so the server's field errors land on them.
 * Times are pickers' values read as Beijing wall-clock whatever the workstation's zone (see `beijingPickerValue`).
 */
export interface IntakeFormValues {
  citizenPhone: string;
  citizenName: string;
  address: string;
  content: string;
  type?: OrderType;
  category?: string;
  communityId?: string;
  urgency: Urgency;
  channel: Channel;
  receivedAt: Dayjs | null;
  upstreamNo: string;
  upstreamDueAt: Dayjs | null;
  assessment: AssessmentScope;
  tags: string;
}

/** The fields in the order the form shows them (the order of a call): the first one in error gets the focus. */
export const INTAKE_FIELDS = [
  'citizenPhone', 'citizenName', 'address', 'content', 'type', 'category', 'communityId', 'urgency',
  'channel', 'receivedAt', 'upstreamNo', 'upstreamDueAt', 'assessment', 'tags',
] as const satisfies readonly (keyof IntakeFormValues)[];

const WALL_CLOCK = 'YYYY-MM-DDTHH:mm';

/** A picker value showing `date` as Beijing's wall clock (the picker itself works in the workstation's zone). */
export function beijingPickerValue(date: Date): Dayjs {
  return dayjs(toBeijingInput(date));
}

/** A picker's wall clock as a Beijing instant, `2026-11-25T10:00:00+08:00`; undefined when empty. */
export function fromBeijingPicker(value: Dayjs | null | undefined): string | undefined {
  return value ? fromBeijingInput(value.format(WALL_CLOCK)) : undefined;
}

/** A call coming in now, on the hotline. */
export function blankIntake(now = new Date()): IntakeFormValues {
  return {
    citizenPhone: '', citizenName: '', address: '', content: '', type: undefined, category: undefined, communityId: undefined,
    urgency: 'normal', channel: 'hotline', receivedAt: beijingPickerValue(now), upstreamNo: '', upstreamDueAt: null,
    assessment: 'full', tags: '',
  };
}

/**
 * The `POST /api/orders` body. Blanks are left out so the server names what is missing: the form's rules only say it
 * sooner, the server's (phone format, category exists, due after receipt) are the ones that count.
 */
export function intakeBody(v: IntakeFormValues): IntakeOrderBody {
  const text = (value: string | undefined) => value?.trim() || undefined;
  const tags = (v.tags ?? '').split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean);
  return {
    upstreamNo: text(v.upstreamNo),
    channel: v.channel,
    receivedAt: fromBeijingPicker(v.receivedAt) ?? '',
    citizenName: text(v.citizenName),
    citizenPhone: text(v.citizenPhone),
    address: (v.address ?? '').trim(),
    communityId: v.communityId || undefined,
    type: v.type as OrderType,
    urgency: v.urgency,
    category: v.category || undefined,
    content: (v.content ?? '').trim(),
    upstreamDueAt: fromBeijingPicker(v.upstreamDueAt),
    assessment: v.assessment,
    tags: tags.length ? tags : undefined,
  };
}
