import { z } from 'zod';
import { wordListField } from '../words/word-list.js';

export const KEYWORD_LIMITS = { maxLength: 20, maxCount: 100, allowEmpty: false } as const;

const categoryPath = z.string().trim().min(1, '请选择问题分类').max(200, '最多 200 个字符');
const keywords = wordListField(KEYWORD_LIMITS);
const position = z.number('位置应为整数').int('位置应为整数').min(0, '位置不能小于 0').max(100_000, '位置过大');

export const CreateKeywordRuleBody = z.object({
  categoryPath,
  keywords,
  /** Where in the list (0 = first); the end when left out. */
  position: position.optional(),
});
export type CreateKeywordRuleInput = z.infer<typeof CreateKeywordRuleBody>;

export const UpdateKeywordRuleBody = z.object({
  categoryPath: categoryPath.optional(),
  keywords: keywords.optional(),
  position: position.optional(),
});
export type UpdateKeywordRuleInput = z.infer<typeof UpdateKeywordRuleBody>;

export const KeywordTrialBody = z.object({
  content: z.string().trim().min(1, '请填写诉求内容').max(5000, '最多 5000 个字符'),
});
export type KeywordTrialInput = z.infer<typeof KeywordTrialBody>;
