export { DutyRoster, type OnDutyPerson } from './duty-roster.service.js';
export { CoverageReport } from './use-cases/coverage-report.js';
export { AttendanceRecords, type ShiftAttendance } from './use-cases/attendance-records.js';
export { RosteringJobsModule, RosteringModule } from './rostering.module.js';
export { DEMO_STAFF_ACCOUNTS, seedDemoRostering } from './seed/roster-demo.seeder.js';
export { DutyModule } from './duty.module.js';
export { SHIFT_ORDERS, type ShiftOrdersPort } from './shift-orders.port.js';
