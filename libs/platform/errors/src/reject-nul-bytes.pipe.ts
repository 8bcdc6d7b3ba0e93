import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { findNulByte } from './control-characters.js';
import { BadRequestError } from './domain-error.js';

/**
 * Global pipe: every body, query string and path parameter a handler receives — multipart fields included, since
 * they arrive as the body — is refused with 400 `INVALID_CHARACTER` when it holds U+0000. Custom parameters (the
 * uploaded file, the signed-in actor) are left alone. Registered once in `createApiApp`; being global it runs before
 * each parameter's own validation pipe.
 */
export class RejectNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const prefix = metadata.type === 'body' ? '' : metadata.type;
    const at = findNulByte(value, metadata.data ? [prefix, metadata.data].filter(Boolean).join('.') : prefix);
    if (at !== null) throw invalidCharacter(at);
    return value;
  }
}

export function invalidCharacter(field?: string): BadRequestError {
  return new BadRequestError('INVALID_CHARACTER', '请求中包含不允许的控制字符（U+0000），请删除后重试', field ? { field } : {});
}
