import type { ZodError } from 'zod';
import { ValidationError, type FieldError } from './domain-error.js';

/** Turns a zod failure into our ValidationError naming each bad field with a Chinese reason. */
export function validationErrorFromZod(error: ZodError, prefix = ''): ValidationError {
  const fields: FieldError[] = error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)';
    return { field: path, message: chineseIssueMessage(issue) };
  });
  return new ValidationError(fields);
}

type Issue = ZodError['issues'][number];

function chineseIssueMessage(issue: Issue): string {
  // A schema may carry its own Chinese message; prefer it.
  if (issue.message && /[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必填' : `类型错误，应为 ${describeType(issue.expected)}`;
    case 'too_small':
      return issue.origin === 'string' ? `长度至少为 ${issue.minimum}` : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `长度不能超过 ${issue.maximum}` : `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `取值无效，可选值：${issue.values.map(String).join('、')}`;
    case 'invalid_format':
      return `格式错误（${issue.format}）`;
    case 'unrecognized_keys':
      return `包含未知字段：${issue.keys.join('、')}`;
    default:
      return '取值无效';
  }
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    string: '字符串', number: '数字', int: '整数', boolean: '布尔值', object: '对象', array: '数组', date: '日期',
  };
  return names[expected] ?? expected;
}
