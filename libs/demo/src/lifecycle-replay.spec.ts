import { describe, expect, it } from '@jest/globals';
import type { DemoStep } from './demo-order-plan.js';
import { DemoLifecycleError, replayDemoSteps } from './lifecycle-replay.js';

const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 0, minute));
const sign: DemoStep = { action: 'sign', at: at(1), actorRole: 'operator', payload: {} };
const dispatch: DemoStep = {
  action: 'dispatch', at: at(2), actorRole: 'supervisor', unitCode: 'CGB', coUnitCodes: [],
  payload: { instructions: '请办理' },
};
const reply: DemoStep = {
  action: 'reply', at: at(3), actorRole: 'unit', unitCode: 'CGB',
  payload: { content: '已解决', contacted: true, contactedAt: at(3), contactMethod: 'phone', result: 'solved', attachmentIds: [] },
};

describe('replayDemoSteps', () => {
  it('when the happy path is replayed, then it ends where DESIGN §3 says', () => {
    expect(replayDemoSteps([])).toBe('new');
    expect(replayDemoSteps([sign, dispatch, reply])).toBe('replied');
  });

  it('when a platform decision is replayed, then acceptance returns the order and refusal brings it back to signed', () => {
    const request: DemoStep = { action: 'request_return', at: at(2), actorRole: 'supervisor', payload: { reason: 'outside_jurisdiction', text: '非本辖区', evidenceIds: [] } };
    const decide = (accepted: boolean): DemoStep => ({ action: 'return_decided', at: at(3), actorRole: 'supervisor', payload: { accepted, comment: '' } });
    expect(replayDemoSteps([sign, request, decide(true)])).toBe('returned');
    expect(replayDemoSteps([sign, request, decide(false)])).toBe('signed');
  });

  it.each([
    ['a reply before dispatch', [sign, { ...reply, at: at(2) }]],
    ['a unit signing', [{ ...sign, actorRole: 'unit' } as DemoStep]],
    ['steps out of time order', [sign, { ...dispatch, at: at(0) }]],
    ['signing twice', [sign, { ...sign, at: at(2) }]],
  ])('when the script has %s, then it is refused', (_case, steps) => {
    expect(() => replayDemoSteps(steps as DemoStep[])).toThrow(DemoLifecycleError);
  });
});
