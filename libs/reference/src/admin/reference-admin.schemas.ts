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
  /** Stop the unit although routing rules still name it (see UnitsAdminService.update). */
  force: z.boolean().optional(),
});
export type UpdateUnitInput = z.infer<typeof UpdateUnitBody>;

const unitCodes = z.array(code).max(10, '最多 10 个协办单位');

/** null: the rule applies to every community of the street. */
const ruleCommunityId = z.uuid('社区 ID 无效').nullable();
const priority = z.number('请填写整数').int('请填写整数').min(-100, '不能小于 -100').max(100, '不能大于 100');

export const CreateRoutingRuleBody = z.object({
  categoryPrefix,
  unitCode: code,
  coUnitCodes: unitCodes.optional(),
  communityId: ruleCommunityId.optional(),
  priority: priority.optional(),
});
export type CreateRoutingRuleInput = z.infer<typeof CreateRoutingRuleBody>;

export const UpdateRoutingRuleBody = z.object({
  categoryPrefix: categoryPrefix.optional(),
  unitCode: code.optional(),
  coUnitCodes: unitCodes.optional(),
  communityId: ruleCommunityId.optional(),
  priority: priority.optional(),
});
export type UpdateRoutingRuleInput = z.infer<typeof UpdateRoutingRuleBody>;

/** A sample as intake sees it: the community set by a person beats the one read from the address. */
export const RoutingTrialBody = z
  .object({
    text: z.string().trim().max(5000, '最多 5000 个字符').default(''),
    address: z.string().trim().max(200, '最多 200 个字符').default(''),
    communityId: z.uuid('社区 ID 无效').optional(),
    category: z.string().trim().max(200).optional(),
  })
  .refine((b) => b.address || b.communityId, { path: ['address'], message: '请填写地址或选择社区' });
export type RoutingTrialBodyInput = z.infer<typeof RoutingTrialBody>;
