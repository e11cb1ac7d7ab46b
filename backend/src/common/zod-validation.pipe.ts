import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** Validates one request value against a zod schema; a failure is a 400 that names the field and the rule. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    /** Also read by the OpenAPI document, which describes each route's inputs by the pipes that check them. */
    readonly schema: T,
    private readonly field: string,
  ) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const where = [this.field, ...(issue?.path ?? []).map(String)].join('.');
    throw new BadRequestException(`${where}: ${issue?.message ?? 'is invalid'}`);
  }
}
