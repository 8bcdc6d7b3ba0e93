import type { OrderClock } from '@app/orders/domain/order-effects';
import type { Role } from '../../api/types';
import type { QueueKey } from './queues';

export type PanelKey =
  | 'queues' | 'alarms' | 'keyFigures' | 'myShift' | 'onDuty' | 'feed'
  | 'jobs' | 'calendar' | 'audit' | 'health';

export interface HomeLayout {
  /** The 待办队列 cards, in reading order. */
  queues: readonly QueueKey[];
  /** The clocks whose 超时 counts the 时限告警 panel shows (the clocks this role answers for). */
  alarmClocks: readonly OrderClock[];
  main: readonly PanelKey[];
  side: readonly PanelKey[];
}

/**
 * What each role's 工作台 shows: the work that role acts on (issue 10, item 6; STYLE 12 — the UI by the user's job).
 * The page's panels still check permissions and the api decides what each user may read; this table only chooses.
 */
export const HOME_LAYOUTS: Readonly<Record<Role, HomeLayout>> = {
  operator: {
    queues: ['toSign', 'toDispatch', 'overdue'],
    alarmClocks: ['sign'],
    main: ['queues', 'alarms', 'feed'],
    side: ['myShift'],
  },
  supervisor: {
    queues: ['toSign', 'toDispatch', 'overdue', 'toReview', 'returnPending', 'extensionPending'],
    alarmClocks: ['sign', 'contact', 'unitReply', 'review'],
    main: ['queues', 'alarms', 'feed'],
    side: ['myShift', 'onDuty'],
  },
  unit: {
    queues: ['toAcknowledge', 'toContact', 'toReply', 'reworked', 'nearDue', 'unitOverdue'],
    alarmClocks: ['contact', 'unitReply'],
    main: ['queues', 'alarms', 'feed'],
    side: [],
  },
  reviewer: {
    queues: ['toReview', 'reviewOverdue', 'toCallback'],
    alarmClocks: ['review'],
    main: ['queues', 'alarms', 'feed'],
    side: ['myShift'],
  },
  leader: {
    queues: [],
    alarmClocks: [],
    main: ['keyFigures', 'feed'],
    side: ['onDuty'],
  },
  admin: {
    queues: [],
    alarmClocks: [],
    main: ['jobs', 'audit', 'feed'],
    side: ['health', 'calendar'],
  },
};
