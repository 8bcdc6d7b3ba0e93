import { afterEach, describe, expect, it } from '@jest/globals';
import { ActivityTracker } from './activity-tracker';
import { parseSessionMessage, SessionChannel, type SessionMessage } from './session-channel';

describe('parseSessionMessage', () => {
  it.each<[unknown, SessionMessage | null]>([
    [{ type: 'activity', at: 5 }, { type: 'activity', at: 5 }],
    [{ type: 'renewed', at: 7 }, { type: 'renewed', at: 7 }],
    [{ type: 'signed-in', sessionId: 's1' }, { type: 'signed-in', sessionId: 's1' }],
    [{ type: 'signed-out', sessionId: 's1', notice: '会话已超时，请重新登录' }, { type: 'signed-out', sessionId: 's1', notice: '会话已超时，请重新登录' }],
    [{ type: 'signed-out', sessionId: 's1', notice: null }, { type: 'signed-out', sessionId: 's1', notice: null }],
    [{ type: 'signed-out', notice: null }, null],
    [{ type: 'activity', at: 'soon' }, null],
    [{ type: 'activity', at: Number.NaN }, null],
    [{ type: 'tokens', accessToken: 'x' }, null],
    ['signed-out', null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(parseSessionMessage(data)).toEqual(expected);
  });
});

describe('tabs sharing a session', () => {
  const opened: SessionChannel[] = [];
  const tab = () => {
    const channel = new SessionChannel();
    opened.push(channel);
    return { channel, activity: new ActivityTracker(channel) };
  };
  const nextMessage = (channel: SessionChannel) =>
    new Promise<SessionMessage>((resolve) => {
      const stop = channel.subscribe((message) => {
        stop();
        resolve(message);
      });
    });
  afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

  it('when the user acts in one tab, then the other tab’s idle clock restarts', async () => {
    const [a, b] = [tab(), tab()];
    b.activity.lastActivityAt = 0;
    b.activity.lastLocalActivityAt = 0;
    const received = nextMessage(b.channel);
    a.activity.markActive({ announce: true });
    expect(await received).toMatchObject({ type: 'activity' });
    expect(b.activity.lastActivityAt).toBe(a.activity.lastActivityAt);
    // Only the tab where the user acted owes the server a renewal for it.
    expect(b.activity.lastLocalActivityAt).toBe(0);
  });

  it('when one tab renews, then the others know the server’s idle clock restarted', async () => {
    const [a, b] = [tab(), tab()];
    const received = nextMessage(b.channel);
    a.activity.renewed(123_456);
    expect(await received).toEqual({ type: 'renewed', at: 123_456 });
    expect(b.activity.lastRenewedAt).toBe(123_456);
  });

  it('when a tab announces older activity than the other tab knows, then nothing goes back in time', async () => {
    const [a, b] = [tab(), tab()];
    b.activity.lastActivityAt = Date.now() + 60_000;
    const known = b.activity.lastActivityAt;
    const received = nextMessage(b.channel);
    a.activity.markActive({ announce: true });
    await received;
    expect(b.activity.lastActivityAt).toBe(known);
  });

  it('when a tab posts, then it does not hear itself', async () => {
    const [a, b] = [tab(), tab()];
    const heard: SessionMessage[] = [];
    a.channel.subscribe((message) => heard.push(message));
    const received = nextMessage(b.channel);
    a.channel.post({ type: 'signed-out', sessionId: 's1', notice: null });
    expect(await received).toEqual({ type: 'signed-out', sessionId: 's1', notice: null });
    expect(heard).toEqual([]);
  });
});
