/**
 * How the analysis report words its figures, in one place: percentages, changes, scores, durations, dates. These
 * only format what `libs/stats` answered (a fraction, a delta and its sign); they never compute a figure.
 */

/** The change of a figure as `libs/stats` gives it (`changeOf`). */
export interface ChangeLike {
  previous: number | null;
  delta: number | null;
  ratio: number | null;
}

/** 0.953 → 95.3%; null → 无数据 (no base, not a fake 0). */
export function percentText(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '无数据';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** 综合成绩 as the API gives it, one decimal: 82.9 → 82.9分; null → 暂无（无有效回访）. */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '暂无（无有效回访）' : `${score.toFixed(1)}分`;
}

/** The score alone, for sentences that add 分 themselves or tables: 90 → 90.0. */
export function scoreNumber(score: number): string {
  return score.toFixed(1);
}

export function countText(n: number | null | undefined, unit = '件'): string {
  return `${n ?? 0}${unit}`;
}

/**
 * A change of a count in words: 环比上升 12.3%, 同比下降 4.0%, 环比持平; from nothing it is not a percentage
 * (环比增加 5件（上期为 0件）); without a previous figure 无可比数据.
 */
export function changeText(label: '环比' | '同比', change: ChangeLike | null | undefined, unit = '件'): string {
  if (!change || change.delta === null || change.previous === null) return `${label}无可比数据`;
  if (change.delta === 0) return `${label}持平`;
  if (change.ratio === null) return `${label}增加 ${change.delta}${unit}（${label === '同比' ? '去年同期' : '上期'}为 0${unit}）`;
  return `${label}${change.delta > 0 ? '上升' : '下降'} ${percentText(Math.abs(change.ratio))}`;
}

/** A change of a score in points (综合成绩): 环比上升 1.2 分. */
export function scoreChangeText(change: ChangeLike | null | undefined): string {
  if (!change || change.delta === null) return '环比无可比数据';
  const points = Math.abs(change.delta).toFixed(1);
  if (points === '0.0') return '环比持平';
  return `环比${change.delta > 0 ? '上升' : '下降'} ${points} 分`;
}

/** A change of rank (positive = climbed): 上升 2 位, 下降 1 位, 持平, 上期未参与排名. */
export function rankChangeText(rankChange: number | null, previousRank: number | null): string {
  if (previousRank === null) return '上期未参与排名';
  if (rankChange === null) return '本期未参与排名';
  if (rankChange === 0) return '持平';
  return rankChange > 0 ? `上升 ${rankChange} 位` : `下降 ${-rankChange} 位`;
}

/** Minutes as a reader measures them: 45分钟, 1小时53分钟, 2天3小时; null → 无数据. */
export function durationText(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '无数据';
  if (minutes < 60) return `${minutes}分钟`;
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${h}小时${m}分钟` : `${h}小时`;
  }
  const d = Math.floor(minutes / 1440);
  const h = Math.round((minutes % 1440) / 60);
  return h === 24 ? `${d + 1}天` : h ? `${d}天${h}小时` : `${d}天`;
}

/** z-score of a sudden rise, as the API rounded it: 7 → 7.00. */
export function zText(z: number): string {
  return z.toFixed(2);
}

/** 'YYYY-MM-DD' → 11月3日; with `year`, 2026年11月3日. */
export function dayText(day: string, year = false): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${year ? `${y}年` : ''}${m}月${d}日`;
}

/** 'YYYY-MM' → 2026年11月. */
export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A Beijing date and time for 生成时间: 2026年12月1日 01:00. */
export function beijingDateTimeText(at: Date): string {
  const b = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  return `${dayText(b.slice(0, 10), true)} ${b.slice(11, 16)}`;
}

/** Chinese ordinal numerals for section headings (一 … 二十). */
export function chineseOrdinal(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n];
  if (n === 10) return '十';
  if (n < 20) return `十${digits[n - 10]}`;
  return `${digits[Math.floor(n / 10)]}十${digits[n % 10]}`;
}

/** Items joined as a Chinese list: 甲、乙和丙. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** A quoted text as a full sentence: its own final punctuation kept, 。 added when it has none. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[。！？!?…]$/.test(t) ? t : `${t}。`;
}
