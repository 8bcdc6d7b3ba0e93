import { Body, Query, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z, type ZodType } from 'zod';
import { validationErrorFromZod } from './zod-errors.js';

/** Validates with a zod schema and throws our ValidationError naming each bad field. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: ZodType<T>,
    private readonly prefix = '',
  ) {}

  transform(value: unknown): T {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw validationErrorFromZod(result.error, this.prefix);
    return result.data;
  }
}

/** `@ValidBody(schema)`: parse the body with zod and document it in OpenAPI from the same schema. */
export function ValidBody<T>(schema: ZodType<T>): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodValidationPipe(schema))(target, key, index);
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor) ApiBody({ schema: jsonSchemaOf(schema) })(target, key, descriptor);
    }
  };
}

/** `@ValidQuery(schema)`: parse the query string with zod. */
export function ValidQuery<T>(schema: ZodType<T>): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodValidationPipe(schema, 'query'))(target, key, index);
    if (key !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      const json = jsonSchemaOf(schema) as { properties?: Record<string, object>; required?: string[] };
      if (descriptor && json.properties) {
        for (const [name, prop] of Object.entries(json.properties)) {
          ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: prop })(target, key, descriptor);
        }
      }
    }
  };
}

function jsonSchemaOf(schema: ZodType): Record<string, unknown> {
  try {
    const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
    delete json.$schema;
    return json;
  } catch {
    return { type: 'object' };
  }
}
