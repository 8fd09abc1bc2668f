import { Injectable, Logger, NestMiddleware, type LoggerService, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { LogLevel } from '../config/config.js';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const NEST_LEVEL: Record<NestLogLevel, LogLevel> = {
  verbose: 'debug',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'error',
};

/** One JSON object per line on stdout: what log shippers read without parsing rules. */
export class JsonLogger implements LoggerService {
  constructor(private readonly minimum: LogLevel) {}

  log(message: unknown, context?: string) {
    this.write('log', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string) {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.write('verbose', message, context);
  }
  fatal(message: unknown, context?: string) {
    this.write('fatal', message, context);
  }

  private write(nestLevel: NestLogLevel, message: unknown, context?: string, trace?: string): void {
    const level = NEST_LEVEL[nestLevel];
    if (RANK[level] < RANK[this.minimum]) return;
    const fields = typeof message === 'object' && message !== null ? message : { msg: String(message) };
    process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), context, ...fields, ...(trace ? { trace } : {}) })}\n`);
  }
}

/** Gives every request an id (kept from X-Request-Id when the caller sends one) and logs its outcome. */
@Injectable()
export class RequestLoggingMiddleware implements NestMiddleware {
  private readonly logger = new Logger('http');

  use(request: Request, response: Response, next: NextFunction): void {
    const supplied = request.header('x-request-id');
    const requestId = supplied && /^[\w.-]{1,100}$/.test(supplied) ? supplied : randomUUID();
    response.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      this.logger.log({
        msg: 'request',
        requestId,
        method: request.method,
        path: request.originalUrl.split('?')[0],
        status: response.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  }
}
