import { describe, expect, it } from '@jest/globals';
import { billContract, confirmationFor, formatShare, formatYuan, yuanText, type ContractTerms } from './contract-billing.js';

/** The street's contract (fixtures/taoranting.json → contract): 12,000 + 60,000 + 20,000 + 12,000 a month. */
const ITEMS = [
  { no: 1, name: '日常台账管理', monthlyFee: 12000 },
  { no: 2, name: '7×24 轮班值守', monthlyFee: 60000 },
  { no: 3, name: '工单回复初审', monthlyFee: 20000 },
  { no: 4, name: '统计分析', monthlyFee: 12000 },
];
const terms = (start: string, end: string, items = ITEMS): ContractTerms => ({ period: { start, end }, items });
const SEED = terms('2026-05-01', '2027-04-30');
const yuan = (fen: number) => fen / 100;

describe('billContract: months billed (natural month; first or last month < 15 days billed half)', () => {
  it('when the term is the seed contract, then 12 full months of 104,000 make 1,248,000', () => {
    const b = billContract(SEED);
    expect(b.months).toHaveLength(12);
    expect(b.months.every((m) => m.factor === 1 && m.fen === 10_400_000)).toBe(true);
    expect(b.months[0]).toMatchObject({ month: '2026-05', from: '2026-05-01', to: '2026-05-31', daysServed: 31, itemFen: [1_200_000, 6_000_000, 2_000_000, 1_200_000] });
    expect(b.months[11]).toMatchObject({ month: '2027-04', from: '2027-04-01', to: '2027-04-30', daysServed: 30 });
    expect(yuan(b.monthlyFen)).toBe(104_000);
    expect(yuan(b.totalFen)).toBe(1_248_000);
  });

  it.each([
    // start, end, months, factors of the first and last month, total in yuan
    ['2026-05-20', '2027-04-30', 12, [0.5, 1], 11.5 * 104_000], // May: 12 days served
    ['2026-05-01', '2027-04-10', 12, [1, 0.5], 11.5 * 104_000], // April: 10 days served
    ['2026-05-20', '2027-05-10', 13, [0.5, 0.5], 12 * 104_000],
    ['2026-05-17', '2027-04-30', 12, [1, 1], 12 * 104_000], // 17–31 May is 15 days: in full
    ['2026-05-18', '2027-04-30', 12, [0.5, 1], 11.5 * 104_000], // 14 days
    ['2026-05-01', '2027-04-15', 12, [1, 1], 12 * 104_000], // 1–15 April is 15 days
    ['2026-05-01', '2027-04-14', 12, [1, 0.5], 11.5 * 104_000],
    ['2027-02-15', '2027-05-31', 4, [0.5, 1], 3.5 * 104_000], // February 2027 has 28 days: 14 served
    ['2028-02-15', '2028-05-31', 4, [1, 1], 4 * 104_000], // 2028 is a leap year: 15 served
    ['2026-05-10', '2026-05-20', 1, [0.5, 0.5], 0.5 * 104_000], // one month of 11 days
    ['2026-05-01', '2026-05-31', 1, [1, 1], 104_000],
    ['2026-12-20', '2027-01-31', 2, [0.5, 1], 1.5 * 104_000], // across the new year
  ] as const)('when the term is %s → %s, then %i months, first/last billed %j, total %d', (start, end, count, [first, last], total) => {
    const b = billContract(terms(start, end));
    expect(b.months).toHaveLength(count);
    expect([b.months[0].factor, b.months[count - 1].factor]).toEqual([first, last]);
    expect(b.months.slice(1, -1).every((m) => m.factor === 1)).toBe(true);
    expect(yuan(b.totalFen)).toBe(total);
    expect(b.months.reduce((s, m) => s + m.fen, 0)).toBe(b.totalFen);
  });

  it('when a half month halves an odd fen, then it rounds up to the fen and stays an integer', () => {
    const b = billContract(terms('2026-05-20', '2026-06-30', [{ no: 1, name: 'x', monthlyFee: 100.01 }]));
    expect(b.months.map((m) => m.itemFen[0])).toEqual([5001, 10001]);
    expect(b.totalFen).toBe(15002);
  });

  it.each([
    ['2027-04-30', '2026-05-01'],
    ['2026-02-30', '2026-05-01'],
    ['2026/05/01', '2027-04-30'],
  ])('when the term is %s → %s, then a RangeError', (start, end) => {
    expect(() => billContract(terms(start, end))).toThrow(RangeError);
  });
});

describe('billContract: payment periods (every three months; 25% × 3, the last to 90%, 10% after evaluation)', () => {
  it('when the term is the seed contract, then four quarters pay 312,000 × 3 and 187,200, and 124,800 remains', () => {
    const b = billContract(SEED);
    expect(b.periods.map((p) => [p.index, p.from, p.to, p.shareBp, yuan(p.fen), p.cumulativeBp, yuan(p.billedFen)])).toEqual([
      [1, '2026-05-01', '2026-07-31', 2500, 312_000, 2500, 312_000],
      [2, '2026-08-01', '2026-10-31', 2500, 312_000, 5000, 312_000],
      [3, '2026-11-01', '2027-01-31', 2500, 312_000, 7500, 312_000],
      [4, '2027-02-01', '2027-04-30', 1500, 187_200, 9000, 312_000],
    ]);
    expect(b.periods[0].months).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(b.final).toEqual({ shareBp: 1000, fen: 12_480_000 });
  });

  it.each([
    // start, end, shares in basis points, payments in yuan, final in yuan
    ['2026-05-20', '2027-04-30', [2500, 2500, 2500, 1500], [299_000, 299_000, 299_000, 179_400], 119_600],
    ['2026-05-01', '2027-04-10', [2500, 2500, 2500, 1500], [299_000, 299_000, 299_000, 179_400], 119_600],
    ['2026-05-01', '2026-10-31', [2500, 6500], [156_000, 405_600], 62_400],
    ['2026-05-01', '2026-07-31', [9000], [280_800], 31_200],
    ['2026-05-01', '2027-05-10', [2500, 2500, 2500, 0, 1500], [325_000, 325_000, 325_000, 0, 195_000], 130_000],
  ] as const)('when the term is %s → %s, then the periods pay %j', (start, end, shares, payments, final) => {
    const b = billContract(terms(start, end));
    expect(b.periods.map((p) => p.shareBp)).toEqual(shares);
    expect(b.periods.map((p) => yuan(p.fen))).toEqual(payments);
    expect(yuan(b.final.fen)).toBe(final);
    expect(b.periods.reduce((s, p) => s + p.fen, 0) + b.final.fen).toBe(b.totalFen);
    expect(b.periods.at(-1)!.cumulativeBp).toBe(9000);
  });

  it('when the first month is half, then the first period is billed 2.5 months though it pays 25% of the total', () => {
    const p = billContract(terms('2026-05-20', '2027-04-30')).periods[0];
    expect([p.from, p.to, yuan(p.billedFen), yuan(p.fen)]).toEqual(['2026-05-20', '2026-07-31', 260_000, 299_000]);
  });

  it('when the shares do not divide the total evenly, then the payments still add up to the fen', () => {
    const b = billContract(terms('2026-05-01', '2027-04-30', [{ no: 1, name: 'x', monthlyFee: 0.07 }]));
    expect(b.totalFen).toBe(84);
    expect(b.periods.map((p) => p.fen)).toEqual([21, 21, 21, 13]); // cumulative 21, 42, 63, 75.6 → 76
    expect(b.final.fen).toBe(8);
  });
});

describe('confirmationFor: the lines of a confirmation for a period', () => {
  const seed = billContract(SEED);

  it('when the period is the whole contract, then each item is billed 12 months and 1,248,000 in all, with the schedule', () => {
    const c = confirmationFor(seed, SEED, { from: '2026-05-01', to: '2027-04-30' });
    expect(c.scope).toBe('contract');
    expect(c.lines.map((l) => [l.no, yuan(l.monthlyFen), l.billedMonths, yuan(l.fen)])).toEqual([
      [1, 12_000, 12, 144_000],
      [2, 60_000, 12, 720_000],
      [3, 20_000, 12, 240_000],
      [4, 12_000, 12, 144_000],
    ]);
    expect(yuan(c.totalFen)).toBe(1_248_000);
    expect(c.periods).toHaveLength(4);
    expect([c.dueBp, yuan(c.dueFen), c.cumulativeBp]).toEqual([9000, 1_123_200, 9000]);
    expect(c.final).toEqual(seed.final);
  });

  it.each([
    // range, scope, months billed, total, due share, due, cumulative share, containing period
    [{ from: '2026-05-01', to: '2026-07-31' }, 'payment-period', 3, 312_000, 2500, 312_000, 2500, null],
    [{ from: '2027-02-01', to: '2027-04-30' }, 'payment-period', 3, 312_000, 1500, 187_200, 9000, null],
    [{ from: '2026-06-01', to: '2026-06-30' }, 'months', 1, 104_000, 0, 0, 0, 1],
    [{ from: '2026-11-01', to: '2026-12-31' }, 'months', 2, 208_000, 0, 0, 0, 3],
    [{ from: '2026-05-01', to: '2026-10-31' }, 'months', 6, 624_000, 5000, 624_000, 5000, null],
    [{ from: '2026-06-01', to: '2026-09-30' }, 'months', 4, 416_000, 0, 0, 0, null],
    // Clipped to the term: April 2026 is before it, May 2027 after it.
    [{ from: '2026-04-01', to: '2026-05-31' }, 'months', 1, 104_000, 0, 0, 0, 1],
    [{ from: '2027-02-01', to: '2027-05-31' }, 'payment-period', 3, 312_000, 1500, 187_200, 9000, null],
    [{ from: '2026-01-01', to: '2027-12-31' }, 'contract', 12, 1_248_000, 9000, 1_123_200, 9000, null],
  ] as const)('when the period is %j, then it is %s: %d months, %d yuan, %d bp due', (range, scope, months, total, dueBp, due, cumulative, containing) => {
    const c = confirmationFor(seed, SEED, range);
    expect(c.scope).toBe(scope);
    expect(c.lines.every((l) => l.billedMonths === months)).toBe(true);
    expect(yuan(c.totalFen)).toBe(total);
    expect([c.dueBp, yuan(c.dueFen), c.cumulativeBp]).toEqual([dueBp, due, cumulative]);
    expect(c.containingPeriod?.index ?? null).toBe(containing);
    expect(c.final).toEqual(scope === 'contract' ? seed.final : null);
  });

  it('when the contract starts on the 20th, then its first month is billed 0.5 months at half the fees', () => {
    const t = terms('2026-05-20', '2027-04-30');
    const c = confirmationFor(billContract(t), t, { from: '2026-05-01', to: '2026-05-31' });
    expect([c.from, c.to]).toEqual(['2026-05-20', '2026-05-31']);
    expect(c.lines.map((l) => [l.billedMonths, yuan(l.fen)])).toEqual([[0.5, 6000], [0.5, 30_000], [0.5, 10_000], [0.5, 6000]]);
    const q1 = confirmationFor(billContract(t), t, { from: '2026-05-20', to: '2026-07-31' });
    expect([q1.scope, q1.lines[0].billedMonths, yuan(q1.totalFen), q1.dueBp, yuan(q1.dueFen)]).toEqual(['payment-period', 2.5, 260_000, 2500, 299_000]);
  });

  it('when the contract ends on the 10th, then its last period is billed 2.5 months and brings the total paid to 90%', () => {
    const t = terms('2026-05-01', '2027-04-10');
    const c = confirmationFor(billContract(t), t, { from: '2027-02-01', to: '2027-04-30' });
    expect([c.to, c.scope, c.lines[1].billedMonths, yuan(c.lines[1].fen), yuan(c.totalFen), c.dueBp, c.cumulativeBp]).toEqual(['2027-04-10', 'payment-period', 2.5, 150_000, 260_000, 1500, 9000]);
  });

  it.each([
    [{ from: '2026-05-02', to: '2026-05-31' }, /1 日开始/],
    [{ from: '2026-05-01', to: '2026-05-30' }, /最后一日/],
    [{ from: '2027-05-01', to: '2027-05-31' }, /不在合同期限/],
    [{ from: '2026-06-30', to: '2026-06-01' }, /期间无效/],
    [{ from: '2026-13-01', to: '2026-13-31' }, /期间无效/],
  ])('when the period is %j, then a RangeError says why', (range, message) => {
    expect(() => confirmationFor(seed, SEED, range)).toThrow(message);
  });
});

describe('money text', () => {
  it.each([
    [124_800_000, '1,248,000.00', '1248000.00'],
    [10_400_000, '104,000.00', '104000.00'],
    [5, '0.05', '0.05'],
    [0, '0.00', '0.00'],
    [100_000_050, '1,000,000.50', '1000000.50'],
  ])('when the amount is %d fen, then it reads %s', (fen, figures, plain) => {
    expect(formatYuan(fen)).toBe(figures);
    expect(yuanText(fen)).toBe(plain);
  });

  it.each([[2500, '25%'], [9000, '90%'], [1250, '12.5%'], [0, '0%']])('when the share is %d bp, then it reads %s', (bp, text) => {
    expect(formatShare(bp)).toBe(text);
  });
});
