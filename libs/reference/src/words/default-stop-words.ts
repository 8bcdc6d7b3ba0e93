/**
 * Words that carry no topic in a citizen's complaint — function words, the desk's boilerplate, courtesy — which the
 * statistics' hotspot keywords leave out. A new street starts with this list; afterwards it is the street admin's
 * (系统管理 → 停用词, table stop_word). Here rather than in libs/stats because the reference seeder writes it.
 */
export const DEFAULT_STOP_WORDS: readonly string[] = (
  '的 了 是 在 有 和 就 都 而 及 与 着 或 一个 没有 我们 你们 他们 她们 自己 这个 那个 这些 那些 什么 怎么 为什么 ' +
  '因为 所以 但是 如果 还是 已经 现在 目前 一直 多次 经常 非常 比较 可以 需要 希望 要求 请求 反映 来电 市民 诉求 ' +
  '问题 情况 表示 称 说 到 去 让 给 对 把 被 从 向 也 还 又 再 很 太 不 没 能 会 要 想 看 上 下 中 里 后 前 时 ' +
  '年 月 日 号 点 分 左右 期间 附近 这里 那里 此事 相关 部门 处理 解决 帮助 协调 尽快 及时 谢谢 您好 你好 请 您 我 你 他 她 它'
).split(/\s+/);
