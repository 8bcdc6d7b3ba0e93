import { z } from 'zod';
import { REFERENCE_UNIT_KINDS } from '../reference-data.js';

const code = z.string().trim().min(1, '请填写').max(32, '最多 32 个字符').regex(/^[A-Za-z0-9_-]*$/, '只能包含字母、数字、- 和 _');
const name = z.string().trim().min(1, '请填写').max(100, '最多 100 个字符');
const contact = z.string().trim().max(200, '最多 200 个字符').nullable();
const categoryPrefix = z.string().trim().min(1, '请填写').max(200, '最多 200 个字符');

export const CreateUnitBody = z.object({
  code,
  name,
  kind: z.enum(REFERENCE_UNIT_KINDS),
  communityId: z.uuid('社区 ID 无效').nullable().optional(),
  contact: contact.optional(),
});
export type CreateUnitInput = z.infer<typeof CreateUnitBody>;

export const UpdateUnitBody = z.object({
  name: name.optional(),
  kind: z.enum(REFERENCE_UNIT_KINDS).optional(),
  contact: contact.optional(),
  communityId: z.uuid('社区 ID 无效').nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUnitInput = z.infer<typeof UpdateUnitBody>;

const unitCodes = z.array(code).max(10, '最多 10 个协办单位');

export const CreateRoutingRuleBody = z.object({
  categoryPrefix,
  unitCode: code,
  coUnitCodes: unitCodes.optional(),
});
export type CreateRoutingRuleInput = z.infer<typeof CreateRoutingRuleBody>;

export const UpdateRoutingRuleBody = z.object({
  categoryPrefix: categoryPrefix.optional(),
  unitCode: code.optional(),
  coUnitCodes: unitCodes.optional(),
});
export type UpdateRoutingRuleInput = z.infer<typeof UpdateRoutingRuleBody>;

export const RoutingTrialBody = z.object({
  text: z.string().trim().max(5000, '最多 5000 个字符').default(''),
  address: z.string().trim().min(1, '请填写地址').max(200, '最多 200 个字符'),
  category: z.string().trim().max(200).optional(),
});
export type RoutingTrialBodyInput = z.infer<typeof RoutingTrialBody>;
