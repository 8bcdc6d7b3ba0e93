import { Injectable } from '@nestjs/common';

export interface OutboundResponse {
  status: number;
  body: string;
}

/**
 * The desk's one door to HTTP endpoints outside it (the platform, the SMS gateway): a POST with a timeout. A
 * network failure or timeout throws; any answer, whatever its status, is returned for the caller to judge.
 */
@Injectable()
export class OutboundHttp {
  async post(url: string, rawBody: string, headers: Record<string, string>, timeoutMs: number): Promise<OutboundResponse> {
    const response = await fetch(url, { method: 'POST', body: rawBody, headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    return { status: response.status, body: await response.text().catch(() => '') };
  }
}
