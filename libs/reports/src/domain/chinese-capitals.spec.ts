import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fenOf, toChineseCapitals } from './chinese-capitals.js';

describe('toChineseCapitals (人民币大写, 《支付结算办法》)', () => {
  it.each([
    // The cases.
    [1248000, '壹佰贰拾肆万捌仟元整'],
    ['100000.50', '壹拾万元伍角'],
    [0.05, '伍分'],
    [10010, '壹万零壹拾元整'],
    [104000, '壹拾万肆仟元整'],
    // 元 … 整, zero, a leading 壹拾 kept.
    [0, '零元整'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [11, '壹拾壹元整'],
    [20, '贰拾元整'],
    [100, '壹佰元整'],
    [101, '壹佰零壹元整'],
    [110, '壹佰壹拾元整'],
    [1001, '壹仟零壹元整'],
    [1010, '壹仟零壹拾元整'],
    [1100, '壹仟壹佰元整'],
    [9999, '玖仟玖佰玖拾玖元整'],
    // The 万 group.
    [10000, '壹万元整'],
    [10001, '壹万零壹元整'],
    [100100, '壹拾万零壹佰元整'],
    [101000, '壹拾万壹仟元整'],
    [110000, '壹拾壹万元整'],
    [312000, '叁拾壹万贰仟元整'],
    [187200, '壹拾捌万柒仟贰佰元整'],
    [124800, '壹拾贰万肆仟捌佰元整'],
    [1000100, '壹佰万零壹佰元整'],
    [1001000, '壹佰万壹仟元整'],
    [1010000, '壹佰零壹万元整'],
    [10000000, '壹仟万元整'],
    [10001000, '壹仟万壹仟元整'],
    // The 亿 group, and whole groups of zeros in the middle.
    [100000000, '壹亿元整'],
    [100000001, '壹亿零壹元整'],
    [100001000, '壹亿零壹仟元整'],
    [100010000, '壹亿零壹万元整'],
    [101000000, '壹亿零壹佰万元整'],
    [110000000, '壹亿壹仟万元整'],
    [1000000000, '壹拾亿元整'],
    [1000000001, '壹拾亿零壹元整'],
    [1234567890, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元整'],
    [999999999999.99, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    // 角 and 分.
    [0.5, '伍角'],
    [0.55, '伍角伍分'],
    [1.05, '壹元零伍分'],
    [1.5, '壹元伍角'],
    [1.55, '壹元伍角伍分'],
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [107000.53, '壹拾万柒仟元伍角叁分'],
    [20000000.07, '贰仟万元零柒分'],
    [10.1, '壹拾元壹角'],
    [6007.14, '陆仟零柒元壹角肆分'],
  ] as const)('when the amount is %s, then it reads %s', (amount, capitals) => {
    expect(toChineseCapitals(amount)).toBe(capitals);
  });

  it.each([
    ['1248000', '壹佰贰拾肆万捌仟元整'],
    ['1,248,000.00', '壹佰贰拾肆万捌仟元整'],
    ['¥20,000,000.07', '贰仟万元零柒分'],
    [' 1.05 ', '壹元零伍分'],
    ['0.5', '伍角'],
    ['1.', '壹元整'],
    ['000010', '壹拾元整'],
  ])('when the amount is the text %j, then it reads %s', (amount, capitals) => {
    expect(toChineseCapitals(amount)).toBe(capitals);
  });

  it('when a number carries float noise, then it is read as the decimal meant', () => {
    expect(toChineseCapitals(0.1 + 0.2)).toBe('叁角');
    expect(toChineseCapitals(1.1 * 3)).toBe('叁元叁角');
    expect(fenOf(19.99 * 100 / 100)).toBe(1999n);
    expect(fenOf(1.005)).toBe(101n); // half up on the literal's digits, not on 1.00499999…
    expect(fenOf(1e-7)).toBe(0n);
  });

  it.each([
    [-1], [-0.01], ['-5'], [Number.NaN], [Number.POSITIVE_INFINITY], [1e12], [1e21], ['1000000000000'],
    [''], ['abc'], ['1.234'], ['1,2345'], ['1e5'], ['12,34.5'],
  ])('when the amount is %p, then a RangeError', (amount) => {
    expect(() => toChineseCapitals(amount)).toThrow(RangeError);
  });

  it('when any amount is written, then reading the capitals back gives it again, with no doubled or stray 零', () => {
    const value: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
    const place: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    /** Capitals back to fen: a reader independent of the writer. */
    const readBack = (text: string): bigint => {
      let yuan = 0n;
      let section = 0n;
      let digit = 0n;
      let fen = 0n;
      for (const ch of text) {
        if (ch in value) digit = BigInt(value[ch]);
        else if (ch in place) (section += digit * BigInt(place[ch])), (digit = 0n);
        else if (ch === '万') (yuan += (section + digit) * 10_000n), (section = 0n), (digit = 0n);
        else if (ch === '亿') (yuan = (yuan + section + digit) * 100_000_000n), (section = 0n), (digit = 0n);
        else if (ch === '元') (yuan += section + digit), (section = 0n), (digit = 0n);
        else if (ch === '角') (fen += digit * 10n), (digit = 0n);
        else if (ch === '分') (fen += digit), (digit = 0n);
      }
      return yuan * 100n + fen;
    };
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), fc.integer({ min: 0, max: 14 }), (big, digits) => {
        // Amounts of every length, many with long runs of zeros.
        const fen = big % 10n ** BigInt(digits + 1) * (digits % 3 === 0 ? 10n ** BigInt(Math.max(0, 13 - digits)) : 1n) % 10n ** 14n;
        fc.pre(fen > 0n); // 零元整 is a fixed case above
        const amount = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const text = toChineseCapitals(amount);
        expect(readBack(text)).toBe(fen);
        expect(text).not.toMatch(/零零|零[万亿元角分整]|^零|[万亿]零?[万亿]/);
        expect(text.endsWith('整')).toBe(fen % 100n === 0n);
      }),
      { numRuns: 3000 },
    );
  });
});
