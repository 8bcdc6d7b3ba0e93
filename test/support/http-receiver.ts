import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  raw: string;
  body: Record<string, any>;
  /** What the receiver answered. */
  status: number;
}

/**
 * A real HTTP endpoint in the test process, standing in for an outside system (the 12345 platform, an SMS
 * gateway): it records every request and answers with the next status queued in `answers` (200 when none), or
 * with what `judge` says (e.g. 401 for a bad signature).
 */
export class HttpReceiver {
  readonly received: ReceivedRequest[] = [];
  /** Statuses for the next requests, in turn. */
  readonly answers: number[] = [];
  private server?: Server;

  constructor(private readonly judge: (request: { headers: IncomingHttpHeaders; raw: string }) => number | null = () => null) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const status = this.judge({ headers: req.headers, raw }) ?? this.answers.shift() ?? 200;
        let body: Record<string, any> = {};
        try {
          body = JSON.parse(raw);
        } catch {
          // recorded as received; the test looks at `raw`
        }
        this.received.push({ headers: req.headers, raw, body, status });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(status < 300 ? '{"ok":true}' : status === 500 ? 'platform down' : '{"ok":false}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}`;
  }

  /** Requests that carried this idempotency key (one outbox message). */
  for(messageId: string): ReceivedRequest[] {
    return this.received.filter((r) => r.headers['idempotency-key'] === messageId);
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
  }
}
