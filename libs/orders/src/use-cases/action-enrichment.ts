import type { EntityManager } from 'typeorm';
import { isUuid } from '@app/database';
import { ValidationError } from '@app/errors';
import type { OrderAction } from '../domain/index.js';
import { ATTACHMENT_FIELDS, AttachmentRefs } from './attachment-refs.js';
import { ReferenceLookup } from './reference-lookup.js';

/**
 * The API takes ids (`leadUnitId`, `coUnitIds`, `masterId`); the domain rules need what those ids stand for
 * (a unit's kind for Art. 17, the master's state for Art. 11). Unknown ids are field errors, not 500s; so are
 * uploaded files the caller may not use (`attachmentIds.0`).
 */
export async function enrichActionInput(
  m: EntityManager,
  use: { streetCode: string; actorId: string; orderId: string },
  action: OrderAction,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { streetCode } = use;
  const { version: _version, ...input } = body;
  const fileField = ATTACHMENT_FIELDS[action];
  if (fileField) await AttachmentRefs.check(m, use, fileField, input[fileField]);
  if (action === 'dispatch' || action === 'redispatch') {
    // `unitId` is the platform's single-unit form of the same field (派单 to one unit).
    const leadId =
      typeof input.leadUnitId === 'string' ? input.leadUnitId
      : typeof input.unitId === 'string' ? input.unitId
      : (input.leadUnit as { id?: string } | undefined)?.id;
    const coIds = Array.isArray(input.coUnitIds) ? (input.coUnitIds as unknown[]) : [];
    if (!leadId) throw new ValidationError([{ field: 'leadUnitId', message: '请选择主办单位' }]);
    const ids = [leadId, ...coIds].filter(isUuid);
    const units = await ReferenceLookup.units(m, streetCode, ids);
    const problems: { field: string; message: string }[] = [];
    if (!units.get(leadId)?.active) problems.push({ field: 'leadUnitId', message: '主办单位不存在或已停用' });
    coIds.forEach((id, i) => {
      if (typeof id !== 'string' || !units.get(id)?.active) problems.push({ field: `coUnitIds.${i}`, message: '协办单位不存在或已停用' });
    });
    if (problems.length) throw new ValidationError(problems);
    const { leadUnitId: _l, unitId: _u, coUnitIds: _c, ...rest } = input;
    return {
      ...rest,
      leadUnit: { id: leadId, kind: units.get(leadId)!.kind },
      coUnits: (coIds as string[]).map((id) => ({ id, kind: units.get(id)!.kind })),
    };
  }
  if (action === 'reclassify' && typeof input.category === 'string') {
    // A correction names a leaf of the street's active three-level catalogue (问题分类), as intake does.
    const [leaf] = (await m.query('SELECT 1 FROM category WHERE street_code = $1 AND path = $2 AND level = 3 AND active', [streetCode, input.category])) as unknown[];
    if (!leaf) throw new ValidationError([{ field: 'category', message: `问题分类“${input.category}”不存在或不是三级分类` }]);
  }
  if (action === 'merge') {
    const masterId = input.masterId;
    if (!isUuid(masterId)) throw new ValidationError([{ field: 'masterId', message: '请指定主工单' }]);
    const [master] = (await m.query('SELECT id, status, closed_at FROM work_order WHERE id = $1 AND street_code = $2', [masterId, streetCode])) as {
      id: string;
      status: string;
      closed_at: Date | null;
    }[];
    if (!master) throw new ValidationError([{ field: 'masterId', message: '主工单不存在' }]);
    const { masterId: _m, ...rest } = input;
    return { ...rest, master: { id: master.id, status: master.status, closedAt: master.closed_at ? new Date(master.closed_at).toISOString() : null } };
  }
  return input;
}
