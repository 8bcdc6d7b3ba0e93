import { fenOf } from './chinese-capitals.js';

/** What billing needs of the service contract (DESIGN §11; the seed's `contract`): its term and its priced items. */
export interface ContractTerms {
  /** Inclusive Beijing days, YYYY-MM-DD. */
  period: { start: string; end: string };
  items: readonly { no: number; name: string; monthlyFee: number }[];
}

/** A natural month of the term, as billed. */
export interface BilledMonth {
  month: string;
  /** The days of the month inside the term. */
  from: string;
  to: string;
  daysServed: number;
  /** 1, or 0.5 for a first or last month served fewer than 15 days. */
  factor: 1 | 0.5;
  /** Per item, in the contract's item order, in fen. */
  itemFen: number[];
  fen: number;
}

/** A payment period (every three months from the start) and what is paid at its end. */
export interface PaymentPeriod {
  index: number;
  from: string;
  to: string;
  months: string[];
  /** Share of the contract total paid for this period, in basis points (2500 = 25%). */
  shareBp: number;
  fen: number;
  /** Share paid once this period is paid. */
  cumulativeBp: number;
  /** Service fees of the period's months, in fen (equal to `fen` only when the term's months are all full). */
  billedFen: number;
}

/** The balance paid after the service evaluation. */
export interface FinalPayment {
  shareBp: number;
  fen: number;
}

export interface ContractBilling {
  months: BilledMonth[];
  /** Sum of the items' monthly fees, in fen. */
  monthlyFen: number;
  itemMonthlyFen: number[];
  totalFen: number;
  periods: PaymentPeriod[];
  final: FinalPayment;
}

/** One line of a confirmation (annex 2's columns): an item, its monthly fee, the months billed and the amount. */
export interface ConfirmationLine {
  no: number;
  name: string;
  monthlyFen: number;
  /** e.g. 3, or 2.5 with a half month. */
  billedMonths: number;
  fen: number;
}

export interface FeeConfirmation {
  /** The requested range clipped to the term. */
  from: string;
  to: string;
  /** The whole term, exactly one payment period, or some months within the term. */
  scope: 'contract' | 'payment-period' | 'months';
  months: BilledMonth[];
  lines: ConfirmationLine[];
  totalFen: number;
  /** Payment periods wholly inside the range. */
  periods: PaymentPeriod[];
  /** For a range inside one period but not all of it: the period it belongs to. */
  containingPeriod: PaymentPeriod | null;
  /** Share and amount due for the range: the sum of its whole periods. */
  dueBp: number;
  dueFen: number;
  /** Share paid once the range's periods are paid (0 when none). */
  cumulativeBp: number;
  /** The after-evaluation balance, when the range is the whole term. */
  final: FinalPayment | null;
}

/** Days served in a first or last month below which it is billed half (the contract's billing clause). */
export const HALF_MONTH_BELOW_DAYS = 15;
/** Months per payment period, the share of each of the first three, the cap reached by the last, in basis points. */
export const PAYMENT_PERIOD_MONTHS = 3;
export const PERIOD_SHARE_BP = 2500;
export const SHARED_PERIODS = 3;
export const PAID_BEFORE_EVALUATION_BP = 9000;
const WHOLE_BP = 10_000;

/**
 * The contract's money (DESIGN §11), in integer fen: billed by natural month, a first or last month served fewer
 * than 15 days at half the monthly fee and otherwise in full; paid every three months from the start — 25% of the
 * total for each period, the last period bringing the total paid to 90%, the final 10% after the service
 * evaluation is confirmed. The clause is written for the four quarters of a 12-month term; other terms are read
 * literally — 25% for each of the first three periods that are not the last, nothing for a period between the third
 * and the last, the last bringing the total to 90% (two periods: 25% + 65%; five: 25, 25, 25, 0, 15). The shares are
 * of the contract total, not of a period's own fees. Half of an odd fen rounds up.
 */
export function billContract(terms: ContractTerms): ContractBilling {
  const { start, end } = terms.period;
  if (!isDay(start) || !isDay(end) || end < start) throw new RangeError(`合同期限无效：${start} 至 ${end}`);
  const itemMonthlyFen = terms.items.map((item) => Number(fenOf(item.monthlyFee)));
  const monthKeys = monthsBetween(start.slice(0, 7), end.slice(0, 7));
  const months = monthKeys.map((month, i): BilledMonth => {
    const from = i === 0 ? start : `${month}-01`;
    const to = i === monthKeys.length - 1 ? end : lastDayOf(month);
    const daysServed = dayNumber(to) - dayNumber(from) + 1;
    const edge = i === 0 || i === monthKeys.length - 1;
    const factor = edge && daysServed < HALF_MONTH_BELOW_DAYS ? 0.5 : 1;
    const itemFen = itemMonthlyFen.map((fee) => (factor === 1 ? fee : Math.ceil(fee / 2)));
    return { month, from, to, daysServed, factor, itemFen, fen: sum(itemFen) };
  });
  const totalFen = sum(months.map((m) => m.fen));
  const periods = paymentPeriods(months, totalFen);
  const paidFen = sum(periods.map((p) => p.fen));
  return {
    months,
    monthlyFen: sum(itemMonthlyFen),
    itemMonthlyFen,
    totalFen,
    periods,
    final: { shareBp: WHOLE_BP - PAID_BEFORE_EVALUATION_BP, fen: totalFen - paidFen },
  };
}

function paymentPeriods(months: readonly BilledMonth[], totalFen: number): PaymentPeriod[] {
  const count = Math.ceil(months.length / PAYMENT_PERIOD_MONTHS);
  const periods: PaymentPeriod[] = [];
  let cumulativeBp = 0;
  for (let index = 1; index <= count; index++) {
    const own = months.slice((index - 1) * PAYMENT_PERIOD_MONTHS, index * PAYMENT_PERIOD_MONTHS);
    const shareBp = index === count ? PAID_BEFORE_EVALUATION_BP - cumulativeBp : index <= SHARED_PERIODS ? PERIOD_SHARE_BP : 0;
    // Each period pays up to its cumulative share of the total, so the rounding never accumulates.
    const fen = shareOf(totalFen, cumulativeBp + shareBp) - shareOf(totalFen, cumulativeBp);
    cumulativeBp += shareBp;
    periods.push({ index, from: own[0].from, to: own[own.length - 1].to, months: own.map((m) => m.month), shareBp, fen, cumulativeBp, billedFen: sum(own.map((m) => m.fen)) });
  }
  return periods;
}

/**
 * The confirmation for a range of days (a month, a payment period, the whole term …), clipped to the term. Billing
 * is by natural month, so the range must start on a month's first day (or the term's first) and end on a month's
 * last day (or the term's last); a RangeError says otherwise, in words for the user.
 */
export function confirmationFor(billing: ContractBilling, terms: ContractTerms, range: { from: string; to: string }): FeeConfirmation {
  if (!isDay(range.from) || !isDay(range.to) || range.to < range.from) throw new RangeError(`期间无效：${range.from} 至 ${range.to}`);
  const from = range.from < terms.period.start ? terms.period.start : range.from;
  const to = range.to > terms.period.end ? terms.period.end : range.to;
  if (to < from) throw new RangeError(`期间 ${range.from} 至 ${range.to} 不在合同期限（${terms.period.start} 至 ${terms.period.end}）内`);
  if (from !== terms.period.start && !from.endsWith('-01')) throw new RangeError(`费用按自然月计算，期间须从某月 1 日开始：${from}`);
  if (to !== terms.period.end && to !== lastDayOf(to.slice(0, 7))) throw new RangeError(`费用按自然月计算，期间须到某月最后一日结束：${to}`);
  const months = billing.months.filter((m) => m.from >= from && m.to <= to);
  const lines = terms.items.map((item, i): ConfirmationLine => ({
    no: item.no,
    name: item.name,
    monthlyFen: billing.itemMonthlyFen[i],
    billedMonths: sum(months.map((m) => m.factor)),
    fen: sum(months.map((m) => m.itemFen[i])),
  }));
  const periods = billing.periods.filter((p) => p.from >= from && p.to <= to);
  const whole = from === terms.period.start && to === terms.period.end;
  const containingPeriod = periods.length === 0 ? (billing.periods.find((p) => p.from <= from && to <= p.to) ?? null) : null;
  return {
    from,
    to,
    scope: whole ? 'contract' : periods.length === 1 && periods[0].from === from && periods[0].to === to ? 'payment-period' : 'months',
    months,
    lines,
    totalFen: sum(lines.map((l) => l.fen)),
    periods,
    containingPeriod,
    dueBp: sum(periods.map((p) => p.shareBp)),
    dueFen: sum(periods.map((p) => p.fen)),
    cumulativeBp: periods.length ? periods[periods.length - 1].cumulativeBp : 0,
    final: whole ? billing.final : null,
  };
}

/** Fen as yuan text with two decimals and thousands separators: 124800000 → "1,248,000.00". */
export function formatYuan(fen: number): string {
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** Fen as plain yuan text for `toChineseCapitals`: 124800000 → "1248000.00". */
export function yuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Basis points as a percentage: 2500 → "25%", 1250 → "12.5%". */
export function formatShare(bp: number): string {
  return `${bp / 100}%`;
}

/** `bp` basis points of `fen`, rounded half up to the fen, exactly. */
function shareOf(fen: number, bp: number): number {
  return Number((BigInt(fen) * BigInt(bp) + BigInt(WHOLE_BP / 2)) / BigInt(WHOLE_BP));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function isDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month += 1;
    if (month > 12) (year += 1), (month = 1);
  }
  return months;
}
