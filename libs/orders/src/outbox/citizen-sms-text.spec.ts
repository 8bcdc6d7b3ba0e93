import { describe, expect, it } from '@jest/globals';
import { chineseDateTime, extensionNoticeText, orderReference } from './citizen-sms-text.js';

describe('extensionNoticeText', () => {
  it.each([
    ['an order from the platform', { upstreamNo: 'BJ2026112500001', id: '5f0c2d7e-0000-4000-8000-000000000001' }, '2026-12-10T10:00:00Z',
      '【陶然亭街道】您反映的问题（工单号BJ2026112500001）办理时限已延长至2026年12月10日 18:00，我们将尽快办理。'],
    ['an order the desk entered itself', { upstreamNo: null, id: '5f0c2d7e-0000-4000-8000-000000000001' }, '2026-12-10T10:00:00Z',
      '【陶然亭街道】您反映的问题（工单号内部-5f0c2d7e）办理时限已延长至2026年12月10日 18:00，我们将尽快办理。'],
    ['a due time late in the UTC day, which is the next day in Beijing', { upstreamNo: 'BJ1', id: 'x' }, '2026-12-31T16:30:00Z',
      '【陶然亭街道】您反映的问题（工单号BJ1）办理时限已延长至2027年1月1日 00:30，我们将尽快办理。'],
  ])('when %s, then the text names the order and the new limit in Beijing time', (_case, order, dueAt, expected) => {
    expect(extensionNoticeText({ streetName: '陶然亭街道', order, dueAt: new Date(dueAt) })).toBe(expected);
  });

  it.each([
    [{ upstreamNo: 'BJ9', id: 'abcdef012345' }, 'BJ9'],
    [{ upstreamNo: '', id: 'abcdef012345' }, '内部-abcdef01'],
  ])('orderReference(%j) = %s', (order, expected) => {
    expect(orderReference(order)).toBe(expected);
  });

  it('writes single-digit months and days without padding, as Chinese dates are read', () => {
    expect(chineseDateTime(new Date('2027-03-04T01:05:00Z'))).toBe('2027年3月4日 09:05');
  });
});
