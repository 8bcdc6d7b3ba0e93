import { Foundation1764201600000 } from './migrations/1764201600000-Foundation.js';
import { Calendar1764288000000 } from './migrations/1764288000000-Calendar.js';
import { Orders1764374400000 } from './migrations/1764374400000-Orders.js';
import { Roster1764460800000 } from './migrations/1764460800000-Roster.js';
import { Intake1764547200000 } from './migrations/1764547200000-Intake.js';
import { Review1764633600000 } from './migrations/1764633600000-Review.js';
import { Attachments1764720000000 } from './migrations/1764720000000-Attachments.js';
import { ClockOverdue1764806400000 } from './migrations/1764806400000-ClockOverdue.js';
import { ChecklistNotApplicable1764892800000 } from './migrations/1764892800000-ChecklistNotApplicable.js';
import { Outbox1764979200000 } from './migrations/1764979200000-Outbox.js';
import { JsonNulls1765065600000 } from './migrations/1765065600000-JsonNulls.js';
import { LocalOrderNumbers1765152000000 } from './migrations/1765152000000-LocalOrderNumbers.js';
import { StatsFacts1765238400000 } from './migrations/1765238400000-StatsFacts.js';
import { StatsFilterIndexes1765324800000 } from './migrations/1765324800000-StatsFilterIndexes.js';
import { Reports1765411200000 } from './migrations/1765411200000-Reports.js';
import { LoginAttemptSlots1765497600000 } from './migrations/1765497600000-LoginAttemptSlots.js';
import { IdempotencyKeys1765584000000 } from './migrations/1765584000000-IdempotencyKeys.js';
import { AuditHashV21765670400000 } from './migrations/1765670400000-AuditHashV2.js';
import { RosterGenerations1765756800000 } from './migrations/1765756800000-RosterGenerations.js';
import { DuplicateSearchIndexes1765760000000 } from './migrations/1765760000000-DuplicateSearchIndexes.js';
import { ReturnedOrderNumbers1765763600000 } from './migrations/1765763600000-ReturnedOrderNumbers.js';
import { AuditVerificationProgress1765767200000 } from './migrations/1765767200000-AuditVerificationProgress.js';
import { UnitContact1765774400000 } from './migrations/1765774400000-UnitContact.js';
import { RoutingRuleCommunityPriority1765778000000 } from './migrations/1765778000000-RoutingRuleCommunityPriority.js';
import { CategoryDeadlineOverride1765781600000 } from './migrations/1765781600000-CategoryDeadlineOverride.js';
import { StopWords1765785200000 } from './migrations/1765785200000-StopWords.js';

/** Every migration, in order. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [
  Foundation1764201600000,
  Calendar1764288000000,
  Orders1764374400000,
  Roster1764460800000,
  Intake1764547200000,
  Review1764633600000,
  Attachments1764720000000,
  ClockOverdue1764806400000,
  ChecklistNotApplicable1764892800000,
  Outbox1764979200000,
  JsonNulls1765065600000,
  LocalOrderNumbers1765152000000,
  StatsFacts1765238400000,
  StatsFilterIndexes1765324800000,
  Reports1765411200000,
  LoginAttemptSlots1765497600000,
  IdempotencyKeys1765584000000,
  AuditHashV21765670400000,
  RosterGenerations1765756800000,
  DuplicateSearchIndexes1765760000000,
  ReturnedOrderNumbers1765763600000,
  AuditVerificationProgress1765767200000,
  UnitContact1765774400000,
  RoutingRuleCommunityPriority1765778000000,
  CategoryDeadlineOverride1765781600000,
  StopWords1765785200000,
];
