/** One order as the ledger lists it, read from the order tables (see `ledger-rows.source.ts`). */
export interface LedgerClock {
  /** `sign`, `contact`, `unitReply`, `review` (the order tables' clock kinds). */
  kind: string;
  dueAt: Date;
  stoppedAt: Date | null;
  /** `done` or `abandoned` once stopped. */
  outcome: string | null;
  /** Recorded when the clock stopped: did it stop after its due time. */
  late: boolean | null;
}

export interface LedgerReturn {
  action: 'unit_return' | 'request_return' | 'return_decided';
  at: Date;
  reason: string | null;
  text: string | null;
  accepted: boolean | null;
}

export interface LedgerCallback {
  valid: boolean;
  contacted: boolean;
  solved: boolean | null;
  satisfaction: string | null;
}

export interface LedgerOrder {
  id: string;
  number: string;
  channel: string;
  type: string;
  urgency: string;
  receivedAt: Date;
  signedAt: Date | null;
  dispatchedAt: Date | null;
  contactedAt: Date | null;
  repliedAt: Date | null;
  approvedAt: Date | null;
  closedAt: Date | null;
  categoryPath: string | null;
  communityId: string | null;
  /** The unit the statistics credit the order to. */
  unitId: string | null;
  coUnitIds: string[];
  /** Decrypted; masked later, when the file is for someone who may not see them. */
  citizenName: string | null;
  citizenPhone: string | null;
  address: string;
  content: string;
  replyContent: string | null;
  replyResult: string | null;
  callback: LedgerCallback | null;
  clocks: LedgerClock[];
  /** Running clocks (and alarms) past due now. */
  overdueClocks: string[];
  returns: LedgerReturn[];
  status: string;
  assessment: string;
  hung: boolean;
}
