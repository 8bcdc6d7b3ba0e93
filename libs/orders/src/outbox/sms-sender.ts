import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OutboundHttp } from './outbound-http.js';
import { resultOfHttpStatus, type DeliveryResult } from './outbox-status.js';
import { IDEMPOTENCY_HEADER } from './platform-signature.js';

/** One text to one citizen; the phone is clear only here, decrypted at send time and never stored in the outbox. */
export interface CitizenSms {
  id: string;
  orderId: string;
  phone: string;
  text: string;
}

/**
 * The SMS gateway, pluggable: a deployment with another gateway provides its own `SmsSender`. Without one
 * configured, notices wait as 待电话告知 for a supervisor to call the citizen.
 */
export abstract class SmsSender {
  abstract readonly configured: boolean;
  abstract send(sms: CitizenSms): Promise<DeliveryResult>;
}

/** The default gateway: POST JSON `{ id, orderId, phone, text }` to SMS_WEBHOOK_URL. */
@Injectable()
export class WebhookSmsSender extends SmsSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: OutboundHttp,
  ) {
    super();
  }

  get configured(): boolean {
    return Boolean(this.config.outbox.smsWebhookUrl);
  }

  async send(sms: CitizenSms): Promise<DeliveryResult> {
    const url = this.config.outbox.smsWebhookUrl;
    if (!url) throw new Error('SMS webhook is not configured');
    const headers = { 'content-type': 'application/json; charset=utf-8', [IDEMPOTENCY_HEADER]: sms.id };
    const response = await this.http.post(url, JSON.stringify(sms), headers, this.config.outbox.timeoutMs);
    return resultOfHttpStatus(response.status, response.body);
  }
}
