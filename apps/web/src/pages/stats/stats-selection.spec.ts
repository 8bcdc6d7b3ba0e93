import { describe, expect, it } from '@jest/globals';
import { filtersFromSearch } from '../orders/order-list-filters';
import { daysOrdersHref, openOrdersHref, periodOrdersHref } from './orders-link';
import { periodDays, selectionFromSearch, selectionToQuery, selectionToSearch, shiftMonth, trendRange } from './stats-selection';

// 2026年11月 cut on the 19th: 2026-10-19 00:00 → 2026-11-19 00:00 Beijing, as the api sends it (UTC instants).
const NINETEENTH = { from: '2026-10-18T16:00:00.000Z', to: '2026-11-18T16:00:00.000Z' };
const CALENDAR = { from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' };
const UNIT = '6f1c2d3e-0000-4000-8000-000000000001';

describe('the 统计 page selection in the URL', () => {
  it('when a month and filters are given, then they round-trip and become the api query', () => {
    const s = selectionFromSearch(`?month=2026-11&unitId=${UNIT}`);
    expect(s).toEqual({ month: '2026-11', fromDay: '', toDay: '', communityId: '', unitId: UNIT });
    expect(selectionToSearch(s)).toBe(`?month=2026-11&unitId=${UNIT}`);
    expect(selectionToQuery(s)).toEqual({ month: '2026-11', communityId: undefined, unitId: UNIT });
  });

  it('when a range is given, then it wins over a month; a backwards or malformed range is ignored', () => {
    expect(selectionToQuery(selectionFromSearch('?month=2026-11&from=2026-11-01&to=2026-11-20'))).toMatchObject({ from: '2026-11-01', to: '2026-11-20' });
    expect(selectionFromSearch('?from=2026-11-20&to=2026-11-01')).toMatchObject({ fromDay: '', toDay: '' });
    expect(selectionFromSearch('?month=2026-13')).toMatchObject({ month: '' });
    expect(selectionToSearch(selectionFromSearch(''))).toBe('');
  });
});

describe('periods in Beijing days', () => {
  it('when the api sends a period, then its first and last Beijing days are the ones it covers', () => {
    expect(periodDays(NINETEENTH)).toEqual({ fromDay: '2026-10-19', toDay: '2026-11-18' });
    expect(periodDays(CALENDAR)).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-30' });
  });

  it('when the trend is asked for, then it spans twelve whole calendar months up to the month the period ends in', () => {
    expect(trendRange(NINETEENTH)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(trendRange({ from: '2026-01-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z' })).toEqual({ from: '2025-03-01', to: '2026-02-28' });
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('links to the 工单 list', () => {
  it('when a figure is clicked, then the list reads back the same days and filters', () => {
    const href = periodOrdersHref(NINETEENTH, { communityId: '', unitId: UNIT }, { category: '城乡建设/物业管理' });
    const [path, search] = href.split('?');
    expect(path).toBe('/orders');
    expect(filtersFromSearch(`?${search}`)).toMatchObject({ fromDay: '2026-10-19', toDay: '2026-11-18', unitId: UNIT, category: '城乡建设/物业管理', status: [] });
    expect(daysOrdersHref('2026-11-05', '2026-11-05', { communityId: '', unitId: '' }, { type: 'complaint' })).toBe('/orders?type=complaint&from=2026-11-05&to=2026-11-05');
  });

  it('when 在办 or 超期 is clicked, then the list shows open orders now, of any date, past due on the clock named', () => {
    const overdue = filtersFromSearch(openOrdersHref({ communityId: '', unitId: '' }, 'contact').split('?')[1]);
    expect(overdue).toMatchObject({ status: ['new', 'signed', 'dispatched', 'replied', 'return_pending'], overdue: 'contact', fromDay: '', toDay: '' });
  });
});
