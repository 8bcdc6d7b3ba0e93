/**
 * Keywords of a period by TF-IDF (DESIGN §8 hotspots): a word scores for being frequent in the period's orders and
 * rare across the street's orders of the reference window (the last 12 months), so 噪音 in a month of construction
 * complaints outranks 小区, which every order mentions. Tokens arrive already segmented (jieba with the street's own
 * vocabulary) and filtered of stop words.
 */
export interface TermStats {
  term: string;
  /** Occurrences in the period's orders. */
  tf: number;
  /** Orders of the period that contain it. */
  docs: number;
  /** Orders of the reference window that contain it. */
  backgroundDocs: number;
}

export interface Keyword {
  term: string;
  count: number;
  orders: number;
  score: number;
}

export function rankKeywords(terms: readonly TermStats[], backgroundTotal: number, limit = 30, minOrders = 2): Keyword[] {
  return terms
    .filter((t) => t.docs >= minOrders)
    .map((t) => ({
      term: t.term,
      count: t.tf,
      orders: t.docs,
      // Smoothed IDF: never negative, never infinite; a word in every order still scores a little for its frequency.
      score: Math.round(t.tf * (Math.log((1 + backgroundTotal) / (1 + t.backgroundDocs)) + 1) * 100) / 100,
    }))
    .sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term, 'zh-CN'))
    .slice(0, limit);
}

/** Words that carry no topic in a citizen's complaint: function words, the desk's boilerplate, and courtesy. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 是 在 有 和 就 都 而 及 与 着 或 一个 没有 我们 你们 他们 她们 自己 这个 那个 这些 那些 什么 怎么 为什么 ' +
    '因为 所以 但是 如果 还是 已经 现在 目前 一直 多次 经常 非常 比较 可以 需要 希望 要求 请求 反映 来电 市民 诉求 ' +
    '问题 情况 表示 称 说 到 去 让 给 对 把 被 从 向 也 还 又 再 很 太 不 没 能 会 要 想 看 上 下 中 里 后 前 时 ' +
    '年 月 日 号 点 分 左右 期间 附近 这里 那里 此事 相关 部门 处理 解决 帮助 协调 尽快 及时 谢谢 您好 你好 请 您 我 你 他 她 它'
  ).split(/\s+/),
);

/** A token worth counting: two or more characters, not a stop word, not a number or a code. */
export function isKeyword(token: string, stopWords: ReadonlySet<string> = STOP_WORDS): boolean {
  return token.length >= 2 && !stopWords.has(token) && !/^[\d\sA-Za-z.\-_:/#]+$/.test(token);
}
