import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OUTBOX_KINDS, type OutboxKind } from './outbox-status.js';
import { SmsSender } from './sms-sender.js';

/** Which outside channels this deployment has: the platform sync (URL and secret) and an SMS gateway. */
@Injectable()
export class OutboxChannels {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sms: SmsSender,
  ) {}

  configured(kind: OutboxKind): boolean {
    const o = this.config.outbox;
    return kind === 'platform' ? Boolean(o.platformUrl && o.platformSecret) : this.sms.configured;
  }

  configuredKinds(): OutboxKind[] {
    return OUTBOX_KINDS.filter((kind) => this.configured(kind));
  }
}
