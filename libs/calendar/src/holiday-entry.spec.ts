import { describe, expect, it } from '@jest/globals';
import { validateHolidayEntries } from './holiday-entry.js';

describe('validateHolidayEntries', () => {
  it('when the rows are well formed (a holiday may fall on a weekend), then there is no problem', () => {
    expect(
      validateHolidayEntries([
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
        { date: '2027-10-09', kind: 'workday', name: '国庆节' },
      ]),
    ).toEqual([]);
  });

  it.each([
    ['not a list', { date: '2027-10-01' }, -1, 'date', /list/],
    ['a row that is not an object', ['2027-10-01'], 0, 'date', /object/],
    ['an impossible date', [{ date: '2027-02-30', kind: 'holiday', name: 'x' }], 0, 'date', /real date/],
    ['an unknown kind', [{ date: '2027-10-01', kind: 'rest', name: 'x' }], 0, 'kind', /kind must be/],
    ['a make-up workday on a weekday', [{ date: '2027-10-08', kind: 'workday', name: 'x' }], 0, 'kind', /weekday/],
    ['an empty name', [{ date: '2027-10-01', kind: 'holiday', name: ' ' }], 0, 'name', /non-empty/],
    [
      'the same date twice',
      [
        { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2027-10-01', kind: 'workday', name: '国庆节' },
      ],
      1,
      'date',
      /already listed/,
    ],
  ])('when given %s, then it reports it', (_case, input, index, field, message) => {
    expect(validateHolidayEntries(input)).toContainEqual({ index, field, message: expect.stringMatching(message) });
  });
});
