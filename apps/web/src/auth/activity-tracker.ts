import type { SessionChannel } from './session-channel';

/**
 * Real user input only: programmatic scrolling, timers and incoming events do not keep a session alive.
 * (`pointermove` counts: an operator reading an order moves the mouse.)
 */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** Tell the other tabs at most this often; the idle clock works in minutes. */
const ANNOUNCE_EVERY_MS = 2_000;

/**
 * The user's latest activity across all their tabs, and the latest renewal of the shared session — the inputs of
 * `idlePhase` and `renewalDue`. One per page; it listens to the DOM only while the signed-in frame is shown.
 */
export class ActivityTracker {
  /** Latest activity in any tab of the browser. */
  lastActivityAt = Date.now();
  /** Latest activity in this tab. */
  lastLocalActivityAt = this.lastActivityAt;
  /** Latest renewal by any tab (0: none known to this tab yet). */
  lastRenewedAt = 0;
  private lastAnnouncedAt = 0;

  constructor(private readonly channel: SessionChannel) {
    channel.subscribe((message) => {
      if (message.type === 'activity') this.lastActivityAt = Math.max(this.lastActivityAt, message.at);
      if (message.type === 'renewed') this.lastRenewedAt = Math.max(this.lastRenewedAt, message.at);
    });
  }

  /** Listens to the user's input; showing the signed-in frame counts as activity. Returns the stop function. */
  start(): () => void {
    const onInput = () => this.markActive();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    this.markActive({ announce: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }

  /** `announce`: tell the other tabs now (继续使用 closes their warnings at once). */
  markActive({ announce = false } = {}): void {
    const now = Date.now();
    this.lastActivityAt = Math.max(this.lastActivityAt, now);
    this.lastLocalActivityAt = now;
    if (announce || now - this.lastAnnouncedAt >= ANNOUNCE_EVERY_MS) {
      this.lastAnnouncedAt = now;
      this.channel.post({ type: 'activity', at: now });
    }
  }

  /** This tab renewed (or signed in) at `at`. */
  renewed(at: number): void {
    this.lastRenewedAt = Math.max(this.lastRenewedAt, at);
    this.channel.post({ type: 'renewed', at });
  }
}
