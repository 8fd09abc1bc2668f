import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { describeProblem } from './domain-error.js';
import { unstorableInput } from './unstorable-input.js';

/**
 * Input PostgreSQL cannot store, or that would exhaust the stack of whatever walks it next (class-transformer,
 * the validators): U+0000 (refused in text and jsonb), a lone UTF-16 surrogate (refused in jsonb, silently
 * replaced in text), and nesting deeper than MAX_INPUT_DEPTH (unstorable-input.ts). JSON.parse itself copes with any depth, so the
 * check runs right after it, first among the global pipes, and walks without recursion.
 */
@Injectable()
export class RejectUnstorableInputPipe implements PipeTransform {
  transform(value: unknown, metadata?: ArgumentMetadata): unknown {
    // What a custom decorator hands over (the caller) is not input.
    if (metadata?.type === 'custom') return value;
    const problems = unstorableInput(value, '', metadata?.data ?? metadata?.type ?? 'body');
    if (problems.length) throw new BadRequestException(problems.map(describeProblem));
    return value;
  }
}
