import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { sendAfterPause, type DebouncedAnswer } from './send-after-pause';

/** A request the test answers by hand, recording the signal it was sent with. */
function manualSend() {
  const calls: { body: string; signal: AbortSignal; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const send = (body: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ body, signal, resolve, reject });
    });
  return { calls, send };
}

/** Lets settled promises run their callbacks (the fake clock flushes the microtask queue). */
const settle = () => jest.advanceTimersByTimeAsync(0);

describe('sendAfterPause', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('when typing has not paused long enough, then nothing is sent; after the pause the answer is reported', async () => {
    const { calls, send } = manualSend();
    const answers: DebouncedAnswer<string>[] = [];
    sendAfterPause('13900001234', send, 400, (a) => answers.push(a));
    jest.advanceTimersByTime(399);
    expect(calls).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(calls.map((c) => c.body)).toEqual(['13900001234']);
    calls[0]!.resolve('found');
    await settle();
    expect(answers).toEqual([{ data: 'found', pending: false, failed: false }]);
  });

  it('when cancelled during the pause (the operator typed on), then it is never sent', () => {
    const { calls, send } = manualSend();
    const cancel = sendAfterPause('1390000', send, 400, () => undefined);
    jest.advanceTimersByTime(200);
    cancel();
    jest.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
  });

  it('when cancelled while the request is in flight, then the request is aborted and its late answer is dropped', async () => {
    const { calls, send } = manualSend();
    const answers: DebouncedAnswer<string>[] = [];
    const cancel = sendAfterPause('old', send, 400, (a) => answers.push(a));
    jest.advanceTimersByTime(400);
    cancel();
    expect(calls[0]!.signal.aborted).toBe(true);
    calls[0]!.resolve('stale');
    await settle();
    expect(answers).toEqual([]);
  });

  it('when the server fails, then the failure is reported; an abort after a cancel is not', async () => {
    const { calls, send } = manualSend();
    const answers: DebouncedAnswer<string>[] = [];
    sendAfterPause('a', send, 400, (a) => answers.push(a));
    const cancel = sendAfterPause('b', send, 400, (a) => answers.push(a));
    jest.advanceTimersByTime(400);
    calls[0]!.reject(new Error('503'));
    cancel();
    calls[1]!.reject(new DOMException('aborted', 'AbortError'));
    await settle();
    expect(answers).toEqual([{ data: null, pending: false, failed: true }]);
  });
});
