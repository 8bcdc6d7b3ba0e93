import { BadRequestError, ConflictError, NotFoundError } from '@app/errors';
import type { RosterViolation } from '@app/roster';

/** Error codes of rostering; every message is the one shown to supervisors and operators. */
export const RosterErrors = {
  rosterNotFound: (id: string) => new NotFoundError('ROSTER_NOT_FOUND', '排班表不存在', { rosterId: id }),
  noPublishedRoster: (month: string) => new NotFoundError('ROSTER_NOT_PUBLISHED', `${month} 尚无已发布的排班表`, { month }),
  versionConflict: (entity: string, id: string, expected: number, actual: number) =>
    new ConflictError('ROSTER_VERSION_CONFLICT', '数据已被他人修改，请刷新后重试', { entity, id, expectedVersion: expected, currentVersion: actual }),
  notDraft: (id: string, status: string) =>
    new ConflictError('ROSTER_NOT_DRAFT', '只有草稿状态的排班表可以修改或发布', { rosterId: id, status }),
  /** The checker's verdict, as the reason to refuse: the first violation in the message, all of them in details. */
  breaksRules: (violations: readonly RosterViolation[], what: string) =>
    new BadRequestError(
      'ROSTER_RULE_VIOLATION',
      `${what}违反排班硬性规则${violations.length > 1 ? `（共 ${violations.length} 处）` : ''}：${violations[0]?.message ?? ''}`,
      { violations },
    ),
  hasViolations: (violations: readonly RosterViolation[]) =>
    new ConflictError(
      'ROSTER_HAS_VIOLATIONS',
      `排班表有 ${violations.length} 处违反硬性规则，不能发布：${violations[0]?.message ?? ''}`,
      { violations },
    ),
  staffNotFound: (code: string) => new NotFoundError('ROSTER_STAFF_NOT_FOUND', `人员 ${code} 不存在`, { staffCode: code }),
  notLinkedToStaff: () => new BadRequestError('ROSTER_NOT_STAFF', '当前账号未关联排班人员', {}),
  notYourShift: () => new ConflictError('ROSTER_NOT_YOUR_SHIFT', '只能为自己的班次提出申请', {}),
  assignmentNotFound: (assignment: { staffCode: string; date: string; shiftCode: string }) =>
    new NotFoundError('ROSTER_ASSIGNMENT_NOT_FOUND', `已发布排班中没有 ${assignment.staffCode} ${assignment.date} 的 ${assignment.shiftCode} 班次`, { assignment }),
  requestNotFound: (id: string) => new NotFoundError('ROSTER_REQUEST_NOT_FOUND', '申请不存在', { id }),
  requestNotPending: (id: string, status: string) =>
    new ConflictError('ROSTER_REQUEST_DECIDED', '该申请已处理', { id, status }),
  noShiftNow: (staffCode: string) => new ConflictError('ROSTER_NO_SHIFT_NOW', `${staffCode} 当前没有可签到的班次（班前 60 分钟起可签到）`, { staffCode }),
  alreadyCheckedIn: (staffCode: string) => new ConflictError('ROSTER_ALREADY_CHECKED_IN', `${staffCode} 本班次已签到`, { staffCode }),
  notCheckedIn: (staffCode: string) => new ConflictError('ROSTER_NOT_CHECKED_IN', `${staffCode} 当前没有未签退的签到记录`, { staffCode }),
  handoverNotFound: (id: string) => new NotFoundError('ROSTER_HANDOVER_NOT_FOUND', '交接班记录不存在', { id }),
  handoverConfirmed: (id: string) => new ConflictError('ROSTER_HANDOVER_CONFIRMED', '交接班已确认，不能再修改', { id }),
  notIncomingShift: () => new ConflictError('ROSTER_NOT_INCOMING_SHIFT', '只有接班人员或值班长可以确认交接班', {}),
  noSuchShift: (date: string, shiftCode: string) =>
    new NotFoundError('ROSTER_SHIFT_NOT_FOUND', `${date} 的 ${shiftCode} 班次没有排班人员`, { date, shiftCode }),
  templateNotFound: (code: string) => new NotFoundError('ROSTER_TEMPLATE_NOT_FOUND', `班次模板 ${code} 不存在`, { code }),
  copyExists: (sourceId: string, draftId: string, revision: number) =>
    new ConflictError('ROSTER_COPY_EXISTS', `此排班表已有未发布的草稿副本（第 ${revision} 版），请直接修改该草稿`, { rosterId: sourceId, draftId, revision }),
  duplicate: (what: string, code: string) => new ConflictError('ROSTER_DUPLICATE', `${what} ${code} 已存在`, { code }),
};
