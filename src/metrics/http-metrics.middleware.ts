import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics } from '../common/metrics.js';

/** Requests no API route answered: the console's files, or nothing at all. */
function otherRoute(status: number): string {
  return status === 404 ? 'unmatched' : 'console';
}

/**
 * Times every request into breach_desk_http_request_duration_seconds, labelled by the route template
 * (`/api/v1/incidents/:id`), never the raw path: ids and probes must not create a series each.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const template = (request.route as { path?: unknown } | undefined)?.path;
      const route = typeof template === 'string' ? `${request.baseUrl}${template}` : otherRoute(response.statusCode);
      this.metrics.requestServed(request.method, route, response.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  }
}
