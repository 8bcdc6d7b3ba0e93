import { describe, expect, it } from '@jest/globals';
import { replayDifferences, replayTimeline, type ReplayedOrder, type TimelineEntry } from './timeline-replay.js';

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 2, minute));
let seq = 0;
const event = (action: string, fromStatus: TimelineEntry['fromStatus'], toStatus: TimelineEntry['toStatus'], payload: Record<string, unknown> = {}, actor: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: ++seq, action, actorId: 'u-sup', actorRole: 'supervisor', actorUnitId: null, at: at(seq), fromStatus, toStatus, payload, ...actor,
});
const unit = (id: string) => ({ id, kind: 'office' });
const asUnit = (unitId: string) => ({ actorId: `u-${unitId}`, actorRole: 'unit', actorUnitId: unitId });

const created = event('create', null, 'new', { channel: 'hotline' });
const signed = event('sign', 'new', 'signed');
const dispatched = event('dispatch', 'signed', 'dispatched', { leadUnit: unit('cgb'), coUnits: [unit('gr01')] });

describe('replaying an order timeline', () => {
  it.each([
    ['created only', [created], { status: 'new', leadUnitId: null, coUnitIds: [] }],
    ['dispatched with a co-unit', [created, signed, dispatched], { status: 'dispatched', leadUnitId: 'cgb', coUnitIds: ['gr01'] }],
    [
      'redispatched: the old units become former units',
      [created, signed, dispatched, event('redispatch', 'dispatched', 'dispatched', { leadUnit: unit('zfd'), coUnits: [], reason: '职责不符' })],
      { leadUnitId: 'zfd', coUnitIds: [], formerUnitIds: ['cgb', 'gr01'] },
    ],
    [
      'returned by the unit: released',
      [created, signed, dispatched, event('unit_return', 'dispatched', 'signed', { reason: '非本单位职责' }, asUnit('cgb'))],
      { status: 'signed', leadUnitId: null, formerUnitIds: ['cgb', 'gr01'] },
    ],
    ['urged twice', [created, signed, dispatched, event('urge', 'dispatched', 'dispatched'), event('urge', 'dispatched', 'dispatched')], { urgeCount: 2 }],
    [
      'an extension asked and not yet decided',
      [created, signed, dispatched, event('extend_request', 'dispatched', 'dispatched', { newDueAt: '2026-06-09T02:00:00.000Z', reason: '协调中' }, asUnit('cgb'))],
      { extensionPending: true },
    ],
    ['an alarm and a platform update change nothing replayed', [created, event('overdue', 'new', 'new', { clock: 'sign' }), event('upstream_update', 'new', 'new')], { status: 'new', urgeCount: 0 }],
  ])('%s', (_case, events, expected) => {
    const result = replayTimeline('order-1', events as TimelineEntry[]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.state).toMatchObject(expected);
  });

  it.each([
    ['a gap in the status chain', [created, dispatched]],
    ['a timeline that does not start with the creation', [signed, dispatched]],
    ['no timeline at all', []],
  ])('when it has %s, then it cannot be replayed', (_case, events) => {
    expect(replayTimeline('order-1', events as TimelineEntry[]).ok).toBe(false);
  });

  it('when compared, then unit lists are sets and every differing field is named', () => {
    const replayed: ReplayedOrder = { status: 'dispatched', leadUnitId: 'cgb', coUnitIds: ['a', 'b'], formerUnitIds: [], urgeCount: 1, reworkCount: 0, duplicateOfId: null, hung: false, extensionPending: false };
    expect(replayDifferences({ ...replayed, coUnitIds: ['a', 'b'] }, { ...replayed, coUnitIds: ['b', 'a'] })).toEqual([]);
    expect(replayDifferences({ ...replayed, coUnitIds: ['a', 'b'] }, { ...replayed, status: 'closed', urgeCount: 0, coUnitIds: ['a'] })).toEqual(['status', 'coUnitIds', 'urgeCount']);
  });
});
