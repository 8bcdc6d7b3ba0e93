import { describe, expect, it } from '@jest/globals';
import { normalisePhone } from './phone.js';

describe('normalisePhone', () => {
  it.each([
    ['13801364882', '13801364882'],
    ['１３８００１３８０００', '13800138000'],
    ['+86 139 0000 1111', '13900001111'],
    ['+8613900001111', '13900001111'],
    ['0086-139-0000-1111', '13900001111'],
    ['8613900001111', '13900001111'],
    ['138-0013-8000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['010-83551234', '010-83551234'],
    ['(010)83551234', '010-83551234'],
    ['01083551234', '010-83551234'],
    ['0755 2345 6789', '0755-23456789'],
    ['010-83551234-801', '010-83551234-801'],
  ])('when the cell says %s, then the phone is %s', (raw, phone) => {
    expect(normalisePhone(raw)).toEqual({ ok: true, phone });
  });

  it.each([['12345'], ['83551234'], ['1380013800'], ['abc'], ['23800138000'], ['1.3801364882E10']])(
    'when the cell says %s, then it is refused with a reason',
    (raw) => {
      const result = normalisePhone(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/电话号码格式不正确/);
    },
  );
});
