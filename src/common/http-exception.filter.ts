import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { DomainError, describeProblem, httpStatusOf } from './domain-error.js';

/**
 * One shape for every error answer: `{statusCode, error, message: [...one line per problem...]}`
 * (shared/api-contract.md). Anything unexpected is logged and answered as a bare 500 without internals.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, lines } = this.describe(exception);
    if (response.headersSent) return;
    // The domain's code lets a client tell refusals apart (e.g. NOTICE_CHANGED from INVALID_TRANSITION) without parsing sentences.
    const code = exception instanceof DomainError ? { code: exception.code } : {};
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined)
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(status).json({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', ...code, message: lines });
  }

  private describe(exception: unknown): { status: number; lines: string[] } {
    if (exception instanceof DomainError) {
      const lines = exception.problems.length ? exception.problems.map(describeProblem) : [exception.message];
      return { status: httpStatusOf(exception.code), lines };
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : body;
      const lines = Array.isArray(message) ? message.map(String) : [String(message ?? exception.message)];
      return { status: exception.getStatus(), lines: lines.map(rewordBodyParserError) };
    }
    // body-parser's errors (malformed JSON, too large) carry their own status
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status, lines: [rewordBodyParserError((exception as Error).message)] };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, lines: ['Internal server error'] };
  }
}

function rewordBodyParserError(line: string): string {
  return /JSON|Unexpected token|Unexpected end/.test(line) && !line.startsWith('body ') ? `body is not valid JSON: ${line}` : line;
}
