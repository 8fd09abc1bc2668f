import type { NextFunction, Request, Response } from 'express';
import { UnsupportedMediaTypeException } from '@nestjs/common';

/** The one route that takes a CSV file (the inventory's import); it reads the body itself, within its own limit. */
const CSV_BODY_PATH = '/api/v1/inventory/import';

/**
 * The API reads JSON only (and CSV on CSV_BODY_PATH). A body under any other content type would not be parsed at all, and the request would
 * go on as if it had no body: a PATCH would then change nothing yet be answered 200 (and audited). Refused instead.
 */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const mediaType = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
  const csvAllowed = mediaType === 'text/csv' && request.originalUrl.split('?')[0] === CSV_BODY_PATH;
  if (hasBody && mediaType !== 'application/json' && !csvAllowed) {
    next(new UnsupportedMediaTypeException(`body must be application/json; got ${request.headers['content-type'] || 'no content type'}`));
    return;
  }
  next();
}
