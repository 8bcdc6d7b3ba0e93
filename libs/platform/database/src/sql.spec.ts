import { describe, expect, it } from '@jest/globals';
import { isUuid } from './sql.js';

describe('isUuid', () => {
  it.each<[unknown, boolean]>([
    ['3f2b8c1e-9a4d-4e6f-8b7a-0c1d2e3f4a5b', true],
    ['3F2B8C1E-9A4D-4E6F-8B7A-0C1D2E3F4A5B', true],
    ['00000000-0000-0000-0000-000000000000', true],
    // Found by fuzzing (issue 13): these pass `[0-9a-f-]{36}` and made PostgreSQL refuse the query (22P02, a 500).
    ['000000000000000000000000000000000000', false],
    ['------------------------------------', false],
    ['-e9-b-b--2-1132740--be-d----dcbc--b-', false],
    ['{3f2b8c1e-9a4d-4e6f-8b7a-0c1d2e3f4a5b}', false],
    ['3f2b8c1e-9a4d-4e6f-8b7a-0c1d2e3f4a5g', false],
    ['', false],
    [null, false],
    [42, false],
  ])('when the value is %j, then it is a uuid PostgreSQL takes: %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
