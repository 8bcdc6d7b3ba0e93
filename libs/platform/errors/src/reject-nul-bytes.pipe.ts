import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { findUnstorableText, type UnstorableText } from './control-characters.js';
import { BadRequestError } from './domain-error.js';

/**
 * Global pipe: every body, query string and path parameter a handler receives — multipart fields included, since
 * they arrive as the body — is refused with 400 `INVALID_CHARACTER` when it holds U+0000 or a lone surrogate (text
 * PostgreSQL cannot store, see control-characters.ts). Custom parameters (the uploaded file, the signed-in actor) are
 * left alone. Registered once in `createApiApp`; being global it runs before each parameter's own validation pipe.
 */
export class RejectNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const prefix = metadata.type === 'body' ? '' : metadata.type;
    const found = findUnstorableText(value, metadata.data ? [prefix, metadata.data].filter(Boolean).join('.') : prefix);
    if (found !== null) throw invalidCharacter(found.path, found.kind);
    return value;
  }
}

const MESSAGES: Record<UnstorableText, string> = {
  nul: '请求中包含不允许的控制字符（U+0000），请删除后重试',
  'lone-surrogate': '请求中包含无效的 Unicode 字符（不成对的代理项，常见于被截断的表情符号），请删除后重试',
};

export function invalidCharacter(field?: string, kind: UnstorableText = 'nul'): BadRequestError {
  return new BadRequestError('INVALID_CHARACTER', MESSAGES[kind], field ? { field } : {});
}
