import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OutboundHttp } from './outbound-http.js';
import type { OutboxRow } from './outbox.repository.js';
import { resultOfHttpStatus, type DeliveryResult } from './outbox-status.js';
import { signedDeliveryHeaders } from './platform-signature.js';

/** What the platform receives: the message id (its idempotency key), what it is, and the report itself. */
export function platformRequestBody(message: OutboxRow): Record<string, unknown> {
  return {
    id: message.id,
    topic: message.topic,
    orderId: message.order_id,
    createdAt: new Date(message.created_at).toISOString(),
    ...message.payload,
  };
}

/** Sends a report to the 12345 platform (PLATFORM_SYNC_URL), signed as the intake API is. */
@Injectable()
export class PlatformSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: OutboundHttp,
  ) {}

  async send(message: OutboxRow, now: Date): Promise<DeliveryResult> {
    const { platformUrl, platformSecret, timeoutMs } = this.config.outbox;
    if (!platformUrl || !platformSecret) throw new Error('platform sync is not configured');
    const rawBody = JSON.stringify(platformRequestBody(message));
    const headers = signedDeliveryHeaders({ secret: platformSecret, rawBody, now, messageId: message.id });
    const response = await this.http.post(platformUrl, rawBody, headers, timeoutMs);
    return resultOfHttpStatus(response.status, response.body);
  }
}
