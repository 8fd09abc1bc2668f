import { ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import type { ValidationError } from 'class-validator';
import { DomainError, type FieldProblem } from './domain-error.js';
import { unstorableInput } from './unstorable-input.js';

/** How every request body, query and parameter of the HTTP API is validated (the global pipe, bootstrap.ts). */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  validationError: { target: false, value: false },
};

// The same pipe and options as the HTTP edge; only the refusal differs, a domain error naming each field,
// for an edge that is not HTTP (a Slack form) to put each problem under its own field.
const asDomainError = new ValidationPipe({
  ...VALIDATION_OPTIONS,
  exceptionFactory: (errors) => DomainError.invalid(fieldProblems(errors)),
});

/**
 * `plain` as the DTO `dto`, checked exactly as the HTTP API checks a body of that type (what the database
 * cannot store first, as RejectUnstorableInputPipe does there); INVALID_INPUT naming each field otherwise.
 */
export async function validatedAs<T extends object>(dto: ClassConstructor<T>, plain: Record<string, unknown>): Promise<T> {
  const unstorable = unstorableInput(plain, '', 'body');
  if (unstorable.length) throw DomainError.invalid(unstorable);
  return (await asDomainError.transform(plain, { type: 'body', metatype: dto })) as T;
}

/** class-validator's errors, nested ones under their dotted path as the HTTP answer names them, as field problems. */
function fieldProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // Messages start with the property ("title must be…"); the problem is what follows it.
      problem: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
