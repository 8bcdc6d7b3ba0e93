const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
const GROUPS = ['', '万', '亿'] as const;

/** Up to 9999亿9999万9999元99分: the largest amount the 万/亿 grouping writes without 万亿. */
const MAX_FEN = 10n ** 14n - 1n;

/**
 * An amount in yuan written in 人民币大写 as 中国人民银行《支付结算办法》(附件一《正确填写票据和结算凭证的基本规定》)
 * asks: 元 then 整 when there are no 角 or 分; nothing after 角 (壹拾万元伍角); consecutive zeros inside the figure
 * read as one 零 (壹万零壹拾元); a zero in the 万 or 元 place followed by a non-zero 千 or 角 is not read (壹拾万肆仟元,
 * 壹拾万元伍角 — the rule leaves it optional; we choose the shorter), but a whole group of four zeros is (壹亿零壹仟元);
 * 角 zero before 分 reads 零 (壹元零伍分); a leading 壹拾 is kept.
 *
 * Works in integer fen: a string must have at most two decimals (a fraction of a fen on a document is an error); a
 * number is read from its shortest decimal form and rounded half up to the fen, so float noise such as
 * 0.1 + 0.2 never changes the result. Negative, non-finite, malformed or too large amounts throw a RangeError.
 */
export function toChineseCapitals(amount: number | string): string {
  const fen = fenOf(amount);
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  if (fen === 0n) return '零元整';
  let text = yuan > 0n ? `${integerCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${text}整`;
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (yuan > 0n) text += '零';
  if (cents > 0) text += `${DIGITS[cents]}分`;
  return text;
}

/** The amount in integer fen, without floating-point arithmetic. */
export function fenOf(amount: number | string): bigint {
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) throw new RangeError(`金额无效：${amount}`);
    if (amount < 0) throw new RangeError(`金额不能为负：${amount}`);
    text = roundedToFen(plainDecimal(amount));
  } else {
    text = amount.trim().replace(/^[¥￥]/, '');
    if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) text = text.replaceAll(',', '');
    if (text.startsWith('-')) throw new RangeError(`金额不能为负：${amount}`);
    if (!/^\d+(\.\d{0,2})?$/.test(text)) throw new RangeError(`金额格式无效（至多两位小数）：${amount}`);
  }
  const [whole, fraction = ''] = text.split('.');
  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (fen > MAX_FEN) throw new RangeError(`金额过大：${amount}`);
  return fen;
}

/** The decimal digits of a non-negative finite number (1e-7 → "0.0000001"); 1e21 and above are far too large. */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  if (match[3].startsWith('+')) throw new RangeError(`金额过大：${value}`);
  return `0.${'0'.repeat(-Number(match[3]) - 1)}${match[1]}${match[2] ?? ''}`;
}

/** "1.005" → "1.01", "0.30000000000000004" → "0.30": half up on the decimal digits. */
function roundedToFen(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  if (fraction.length <= 2) return text;
  const fen = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2)) + (fraction[2] >= '5' ? 1n : 0n);
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}

/** A positive whole number of yuan in capitals, without 元. */
function integerCapitals(value: bigint): string {
  const groups: number[] = [];
  for (let rest = value; rest > 0n; rest /= 10_000n) groups.push(Number(rest % 10_000n));
  let text = '';
  let skippedGroup = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g];
    if (group === 0) {
      skippedGroup = text !== '';
      continue;
    }
    // Zeros before this group's first digit: a whole skipped group, or a group below 千 after a higher one.
    if (text !== '' && (skippedGroup || group < 1000)) text += '零';
    text += groupCapitals(group) + GROUPS[g];
    skippedGroup = false;
  }
  return text;
}

/** 1 … 9999 in capitals; zeros between digits read as one 零, trailing zeros not at all. */
function groupCapitals(group: number): string {
  const digits = String(group).split('').map(Number);
  let text = '';
  let zero = false;
  digits.forEach((digit, i) => {
    if (digit === 0) {
      zero = true;
      return;
    }
    if (zero) text += '零';
    text += DIGITS[digit] + PLACES[digits.length - 1 - i];
    zero = false;
  });
  return text;
}
