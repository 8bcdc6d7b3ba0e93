import { Injectable } from '@nestjs/common';
import { can } from '@app/access';
import type { SessionActor } from '@app/auth';
import { ReportRequests } from '../store/report-requests.js';
import type { ReportRequestBody } from './report-request.body.js';

/**
 * A user asks for a report. Only the ledger lists citizens; it is masked unless the requester may reveal personal
 * data unless they ask for a masked copy. (the issue: "masked unless the requester may see them"). The documents carry no personal data in clear, so they are always masked
 * and every reader sees them.
 */
@Injectable()
export class RequestReport {
  constructor(private readonly requests: ReportRequests) {}

  async execute(actor: SessionActor, body: ReportRequestBody): Promise<{ id: string; status: 'queued'; kind: string; masked: boolean }> {
    const masked = body.kind !== 'monthly-ledger' || !can(actor.role, 'order.pii.reveal') || body.masked === true;
    const { id } = await this.requests.create(actor, { kind: body.kind, period: body.period, masked });
    return { id, status: 'queued', kind: body.kind, masked };
  }
}
