import type { DuplicateCandidate } from '../../../api/intake-types';
import { formatFull } from '../../../lib/shanghai-time';

/** How a candidate is named: the platform's 工单编号, else the start of its id (candidates carry no local number). */
export function candidateRef(c: Pick<DuplicateCandidate, 'upstreamNo' | 'orderId'>): string {
  return c.upstreamNo || c.orderId.slice(0, 8);
}

/** Where and what, in one line: the address, then the start of the content. */
export function candidateSummary(c: Pick<DuplicateCandidate, 'address' | 'contentExcerpt'>): string {
  return [c.address, c.contentExcerpt].filter(Boolean).join(' · ');
}

/**
 * The line a picker shows for a candidate (编号, time, status, where/what) — what tells two repeat calls apart,
 * never the internal id alone. Name and phone come masked from the server.
 */
export function candidateLabel(c: DuplicateCandidate): string {
  return `工单 ${candidateRef(c)} · ${formatFull(c.receivedAt)} · ${c.statusLabel} · ${candidateSummary(c)}`;
}
