/** Chinese names of the roster vocabulary the api sends as codes. */

export const RULE_LABELS: Readonly<Record<string, string>> = {
  coverage: '坐席覆盖',
  dispatch_coverage: '派单资质覆盖',
  one_shift_per_day: '每人每天一班',
  min_rest: '两班间隔不少于 11 小时',
  rest_after_night: '夜班后休息 24 小时',
  max_consecutive_days: '连续工作不超过 6 天',
  leave: '请假',
  unavailability: '不可排班时段',
  max_hours: '月工时上限',
  skill: '技能要求',
  shift_not_allowed: '不可排此班次',
  workdays_only: '仅限工作日',
  invalid_assignment: '无效班次',
};

export const SOFT_RULE_LABELS: Readonly<Record<string, string>> = {
  night_fairness: '夜班均衡',
  weekend_fairness: '周末均衡',
  holiday_fairness: '节假日均衡',
  avoided_shift: '回避的班次',
  unpreferred_shift: '非偏好班次',
  preferred_day_off: '希望休息日',
  isolated_day_off: '孤立休息日',
  isolated_work_day: '孤立工作日',
  hours_balance: '工时均衡',
  surplus_seat_hours: '多余坐席工时',
};

/** The solver's verdict in the supervisor's words. */
export const GENERATION_STATUS_LABELS: Readonly<Record<string, string>> = {
  optimal: '最优解',
  feasible: '可行解（未证明最优）',
  infeasible: '无可行解',
  no_solution: '时限内未找到解',
  error: '求解出错',
  greedy: '快速排班',
};

export const METHOD_LABELS: Readonly<Record<string, string>> = {
  optimiser: '优化求解',
  greedy: '快速排班',
  copy: '复制修改',
};

export const SKILL_LABELS: Readonly<Record<string, string>> = {
  intake: '受理',
  dispatch: '派单',
  review: '审核',
  statistics: '统计',
  ledger: '台账',
};
