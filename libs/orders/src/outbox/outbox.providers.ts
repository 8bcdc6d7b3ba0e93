import type { Provider } from '@nestjs/common';
import { OutboundHttp } from './outbound-http.js';
import { OutboxChannels } from './outbox-channels.js';
import { OutboxCommands } from './outbox-commands.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxDelivery } from './outbox-delivery.service.js';
import { OutboxDetailPart } from './outbox-detail-part.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { OutboxDeliverJob, OutboxSweepJob } from './outbox.jobs.js';
import { OutboxQueries } from './outbox-queries.js';
import { OutboxSweep } from './outbox-sweep.service.js';
import { OutboxWriter } from './outbox-writer.js';
import { PlatformSender } from './platform-sender.js';
import { ReplyExports } from './reply-exports.js';
import { SmsSender, WebhookSmsSender } from './sms-sender.js';

/** What both sides need: the outside channels and the queue's door. The SMS gateway is swappable here. */
const OUTBOX_CORE: Provider[] = [OutboundHttp, { provide: SmsSender, useClass: WebhookSmsSender }, OutboxChannels, OutboxDispatcher];

/** HTTP side: the writer the actions use, the supervisors' list and commands, the order page's part, the export. */
export const OUTBOX_HTTP_PROVIDERS: Provider[] = [...OUTBOX_CORE, OutboxWriter, OutboxQueries, OutboxCommands, OutboxDetailPart, ReplyExports];
export const OUTBOX_CONTROLLERS = [OutboxController];

/** Job side: delivery and the sweep. */
export const OUTBOX_JOB_PROVIDERS: Provider[] = [...OUTBOX_CORE, PlatformSender, OutboxDelivery, OutboxSweep, OutboxDeliverJob, OutboxSweepJob];
