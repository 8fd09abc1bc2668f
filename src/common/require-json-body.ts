import type { NextFunction, Request, Response } from 'express';
import { UnsupportedMediaTypeException } from '@nestjs/common';

/**
 * The API reads JSON only. A body under any other content type would not be parsed at all, and the request would
 * go on as if it had no body: a PATCH would then change nothing yet be answered 200 (and audited). Refused instead.
 */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const mediaType = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
  if (hasBody && mediaType !== 'application/json') {
    next(new UnsupportedMediaTypeException(`body must be application/json; got ${request.headers['content-type'] || 'no content type'}`));
    return;
  }
  next();
}
