import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The stop words of the statistics' hotspot keywords as the street admin keeps them (系统管理 → 停用词). */
const STOP_WORDS_AT_MIGRATION = (
  '的 了 是 在 有 和 就 都 而 及 与 着 或 一个 没有 我们 你们 他们 她们 自己 这个 那个 这些 那些 什么 怎么 为什么 ' +
  '因为 所以 但是 如果 还是 已经 现在 目前 一直 多次 经常 非常 比较 可以 需要 希望 要求 请求 反映 来电 市民 诉求 ' +
  '问题 情况 表示 称 说 到 去 让 给 对 把 被 从 向 也 还 又 再 很 太 不 没 能 会 要 想 看 上 下 中 里 后 前 时 ' +
  '年 月 日 号 点 分 左右 期间 附近 这里 那里 此事 相关 部门 处理 解决 帮助 协调 尽快 及时 谢谢 您好 你好 请 您 我 你 他 她 它'
).split(/\s+/);

/**
 * Stop words per street, each street starting from the list that was a constant until now (copied here: a migration
 * must not change when the default list does). The stored keyword facts were written without those words, and
 * stop words are now taken out when keywords are read, so every order is marked for the statistics refresher to
 * derive its words again — otherwise a word the admin takes off the list would come back only for new orders.
 */
export class StopWords1765785200000 implements MigrationInterface {
  name = 'StopWords1765785200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stop_word (
        street_code varchar(12) NOT NULL REFERENCES street(code),
        word text NOT NULL,
        PRIMARY KEY (street_code, word)
      )`);
    await q.query(`INSERT INTO stop_word (street_code, word) SELECT s.code, w FROM street s, unnest($1::text[]) AS w`, [STOP_WORDS_AT_MIGRATION]);
    await q.query(`INSERT INTO stats_dirty_order (order_id) SELECT id FROM work_order ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stop_word`);
  }
}
