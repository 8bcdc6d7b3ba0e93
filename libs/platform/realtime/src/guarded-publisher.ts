import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

const logger = new Logger('RedisIoAdapter');

/**
 * The socket.io Redis adapter publishes without awaiting the result, so a publish that fails (after `quit` at
 * shutdown, when an in-flight request commits late) would be an unhandled rejection and end the process. The event
 * itself is safe in `desk_event`: clients catch up from it when they reconnect.
 */
export function guardedPublisher(client: Redis): Redis {
  const publish = client.publish.bind(client) as (channel: string, message: string | Buffer) => Promise<number>;
  (client as unknown as { publish: typeof publish }).publish = (channel, message) =>
    publish(channel, message).catch((error: Error) => {
      logger.warn(`realtime event not published: ${error.message}`);
      return 0;
    });
  return client;
}
