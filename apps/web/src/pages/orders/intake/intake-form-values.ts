import type { IntakeOrderBody } from '../../../api/order-types';
import { fromBeijingInput, toBeijingInput } from '../../../lib/beijing-input';
import type { AssessmentScope, Channel, OrderType, Urgency } from '@app/orders/domain/order-status';

/** The intake form as typed: strings, times as Beijing wall-clock. Keys are the body's keys (field errors match). */
export interface IntakeFormValues {
  upstreamNo: string;
  channel: Channel;
  receivedAt: string;
  citizenName: string;
  citizenPhone: string;
  address: string;
  communityId: string;
  type: OrderType | '';
  urgency: Urgency;
  category: string;
  content: string;
  upstreamDueAt: string;
  assessment: AssessmentScope;
  tags: string;
}

export const INTAKE_FIELDS: readonly (keyof IntakeFormValues)[] = [
  'upstreamNo', 'channel', 'receivedAt', 'citizenName', 'citizenPhone', 'address', 'communityId', 'type', 'urgency',
  'category', 'content', 'upstreamDueAt', 'assessment', 'tags',
];

/** A call coming in now, on the hotline. */
export function blankIntake(now = new Date()): IntakeFormValues {
  return {
    upstreamNo: '', channel: 'hotline', receivedAt: toBeijingInput(now), citizenName: '', citizenPhone: '', address: '',
    communityId: '', type: '', urgency: 'normal', category: '', content: '', upstreamDueAt: '', assessment: 'full', tags: '',
  };
}

/**
 * The `POST /api/orders` body. Blanks are left out so the server names what is missing; nothing is validated here
 * beyond shape — the server's rules (phone format, category exists, due after receipt) are the ones that count.
 */
export function intakeBody(v: IntakeFormValues): IntakeOrderBody {
  const text = (value: string) => value.trim() || undefined;
  const tags = v.tags.split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean);
  return {
    upstreamNo: text(v.upstreamNo),
    channel: v.channel,
    receivedAt: fromBeijingInput(v.receivedAt) ?? '',
    citizenName: text(v.citizenName),
    citizenPhone: text(v.citizenPhone),
    address: v.address.trim(),
    communityId: text(v.communityId),
    type: (v.type || undefined) as OrderType,
    urgency: v.urgency,
    category: text(v.category),
    content: v.content.trim(),
    upstreamDueAt: fromBeijingInput(v.upstreamDueAt),
    assessment: v.assessment,
    tags: tags.length ? tags : undefined,
  };
}
