import type { ChecklistEntry } from '@app/orders';

/**
 * An order's handling as rounds (轮次), read from its timeline — the source of every statistic (DESIGN §2). A
 * reopen (重办, the platform sent the order back) starts a new round; earlier rounds keep their replies, reviews and
 * callbacks untouched.
 */
export interface TimelineEntry {
  action: string;
  at: Date | string;
  actorId: string | null;
  payload: Record<string, unknown>;
}

export interface ReplyRecord {
  at: Date;
  byId: string | null;
  unitId: string | null;
  content: string;
  result: string | null;
}

export interface ReviewRecord {
  round: number;
  /** 1 for the first review of the round's reply, 2 after one rejection, … */
  attempt: number;
  unitId: string | null;
  replyAt: Date | null;
  reviewedAt: Date;
  reviewerId: string | null;
  verdict: 'approved' | 'rejected';
  checklist: ChecklistEntry[];
  failedItems: string[];
  comment: string | null;
}

export interface CallbackRecord {
  round: number;
  at: Date;
  byId: string | null;
  valid: boolean;
  contacted: boolean;
  solved: boolean | null;
  satisfaction: string | null;
  assessment: string | null;
  note: string | null;
}

export interface OrderRound {
  round: number;
  startedAt: Date;
  /** Why this round began (the reopen's reason); null for the first. */
  reopenReason: string | null;
  replies: ReplyRecord[];
  reviews: ReviewRecord[];
  callbacks: CallbackRecord[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function roundsOf(events: readonly TimelineEntry[]): OrderRound[] {
  const rounds: OrderRound[] = [];
  let current: OrderRound | null = null;
  const open = (at: Date, reopenReason: string | null) => {
    current = { round: rounds.length + 1, startedAt: at, reopenReason, replies: [], reviews: [], callbacks: [] };
    rounds.push(current);
    return current;
  };
  for (const e of events) {
    const at = new Date(e.at);
    const p = e.payload ?? {};
    if (e.action === 'reopen') {
      open(at, str(p.reason));
      continue;
    }
    const round: OrderRound = current ?? open(at, null);
    if (e.action === 'reply' || e.action === 'answer') {
      round.replies.push({ at, byId: e.actorId, unitId: str(p.unitId), content: str(p.content) ?? '', result: str(p.result) });
    } else if (e.action === 'approve' || e.action === 'reject') {
      const checklist = (Array.isArray(p.checklist) ? p.checklist : []) as ChecklistEntry[];
      const lastReply = round.replies.at(-1) ?? null;
      round.reviews.push({
        round: round.round,
        attempt: round.reviews.length + 1,
        unitId: str(p.unitId) ?? lastReply?.unitId ?? null,
        replyAt: lastReply?.at ?? null,
        reviewedAt: at,
        reviewerId: e.actorId,
        verdict: e.action === 'approve' ? 'approved' : 'rejected',
        checklist,
        failedItems: checklist.filter((c) => c.verdict === 'fail').map((c) => c.item),
        comment: str(p.comment),
      });
    } else if (e.action === 'callback') {
      round.callbacks.push({
        round: round.round,
        at,
        byId: e.actorId,
        valid: p.valid === true,
        contacted: p.contacted === true,
        solved: typeof p.solved === 'boolean' ? p.solved : null,
        satisfaction: str(p.satisfaction),
        assessment: str(p.assessment),
        note: str(p.note),
      });
    }
  }
  return rounds;
}
