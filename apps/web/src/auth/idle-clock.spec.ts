import { describe, expect, it } from '@jest/globals';
import { idlePhase, renewalDue, samePhase, type RenewalClock } from './idle-clock';

const MIN = 60_000;
const IDLE = 30 * MIN;

describe('idlePhase', () => {
  it.each([
    ['just active', 0, { kind: 'active' }],
    ['idle 28:59', 28 * MIN + 59_000, { kind: 'active' }],
    ['idle 29:00 (a minute left)', 29 * MIN, { kind: 'warning', idleMinutes: 29, secondsLeft: 60 }],
    ['idle 29:30', 29 * MIN + 30_000, { kind: 'warning', idleMinutes: 29, secondsLeft: 30 }],
    ['idle 29:59.5', 30 * MIN - 500, { kind: 'warning', idleMinutes: 29, secondsLeft: 1 }],
    ['idle 30:00', 30 * MIN, { kind: 'expired' }],
    ['idle for hours (a laptop lid)', 5 * 60 * MIN, { kind: 'expired' }],
  ])('when %s, then %j', (_case, idleFor, expected) => {
    expect(idlePhase(1_000_000_000 + idleFor, 1_000_000_000, IDLE)).toEqual(expected);
  });

  it('when another tab reports activity later than this tab’s clock, then the user counts as active', () => {
    expect(idlePhase(1000, 2000, IDLE)).toEqual({ kind: 'active' });
  });

  it('when the idle time is configured to 10 minutes, then the warning comes at 9 and the sign-out at 10', () => {
    expect(idlePhase(9 * MIN - 1, 0, 10 * MIN).kind).toBe('active');
    expect(idlePhase(9 * MIN, 0, 10 * MIN)).toEqual({ kind: 'warning', idleMinutes: 9, secondsLeft: 60 });
    expect(idlePhase(10 * MIN, 0, 10 * MIN).kind).toBe('expired');
  });

  it('when the idle time is shorter than two minutes, then the warning takes the second half', () => {
    expect(idlePhase(44_999, 0, 90_000).kind).toBe('active');
    expect(idlePhase(45_000, 0, 90_000)).toEqual({ kind: 'warning', idleMinutes: 0, secondsLeft: 45 });
  });
});

describe('samePhase', () => {
  it('tells a new countdown second from the same one', () => {
    expect(samePhase({ kind: 'active' }, { kind: 'active' })).toBe(true);
    expect(samePhase({ kind: 'warning', idleMinutes: 29, secondsLeft: 5 }, { kind: 'warning', idleMinutes: 29, secondsLeft: 4 })).toBe(false);
    expect(samePhase({ kind: 'warning', idleMinutes: 29, secondsLeft: 5 }, { kind: 'warning', idleMinutes: 29, secondsLeft: 5 })).toBe(true);
    expect(samePhase({ kind: 'active' }, { kind: 'expired' })).toBe(false);
  });
});

describe('renewalDue', () => {
  // Renewed at 0; the access token turns stale at 14 minutes.
  const base: RenewalClock = { now: 0, lastLocalActivityAt: 0, lastRenewedAt: 0, idleMs: IDLE, accessStaleAt: 14 * MIN };
  it.each<[string, Partial<RenewalClock>, boolean]>([
    ['no activity since the renewal, server clock nearly out', { now: 29 * MIN }, false],
    ['activity since the renewal, server clock far from out', { now: 10 * MIN, lastLocalActivityAt: 5 * MIN }, false],
    ['activity since the renewal, 2 minutes left on the server', { now: 28 * MIN, lastLocalActivityAt: 5 * MIN }, true],
    ['activity only before the renewal', { now: 28 * MIN, lastLocalActivityAt: 5 * MIN, lastRenewedAt: 6 * MIN }, false],
    ['another tab renewed after this tab’s activity', { now: 29 * MIN, lastLocalActivityAt: 5 * MIN, lastRenewedAt: 20 * MIN }, false],
    ['active a moment ago and the access token stale', { now: 15 * MIN, lastLocalActivityAt: 15 * MIN - 5_000 }, true],
    ['access token stale but the user away for minutes', { now: 20 * MIN, lastLocalActivityAt: 15 * MIN }, false],
    ['short idle time: renew a quarter before', { idleMs: 4 * MIN, now: 3 * MIN, lastLocalActivityAt: MIN }, true],
    ['short idle time: not yet', { idleMs: 4 * MIN, now: 3 * MIN - 1, lastLocalActivityAt: MIN }, false],
  ])('when %s, then %s', (_case, clock, expected) => {
    expect(renewalDue({ ...base, ...clock })).toBe(expected);
  });

  it('keeps the server’s deadline at or after the browser’s for a user who acts now and then', () => {
    // Simulate 3 hours of one check per second with activity at random moments, renewing whenever due.
    let lastActivity = 0;
    let lastRenewed = 0;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let now = 0; now < 3 * 60 * MIN; now += 1000) {
      if (random() < 0.002) lastActivity = now;
      if (renewalDue({ now, lastLocalActivityAt: lastActivity, lastRenewedAt: lastRenewed, idleMs: IDLE, accessStaleAt: Infinity })) lastRenewed = now;
      // The browser signs out at lastActivity + IDLE; the server would end the session at lastRenewed + IDLE.
      if (idlePhase(now, lastActivity, IDLE).kind !== 'expired') expect(lastRenewed + IDLE).toBeGreaterThan(now);
    }
  });
});
