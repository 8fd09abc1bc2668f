import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ClientRateLimiter, clientOf } from './rate-limit.js';

/**
 * Runs before routing, guards and body validation, so every request counts, failed ones included, and a
 * client over its budget or locked out is answered 429 for every route. Health probes are never limited.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  constructor(private readonly limiter: ClientRateLimiter) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (request.originalUrl.startsWith('/health/')) return next();
    const wait = this.limiter.admit(clientOf(request));
    if (wait === null) return next();
    response.setHeader('Retry-After', String(wait));
    response
      .status(429)
      .json({ statusCode: 429, error: 'Too Many Requests', message: [`too many requests from this client; try again in ${wait} s`] });
  }
}
