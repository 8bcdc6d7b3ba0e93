/**
 * The Redis channel prefix shared by the api processes' socket.io adapter and the workers' emitter. It carries the
 * deployment's prefix (QUEUE_PREFIX): two desks, or two test files, on one Redis never hear each other's events.
 */
export function socketChannelKey(prefix: string): string {
  return `${prefix}:socket.io`;
}
