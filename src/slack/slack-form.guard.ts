import { Injectable, UnsupportedMediaTypeException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

const SLACK_FORM = 'application/x-www-form-urlencoded';

/**
 * Slack posts commands and interactions as a form. Anything else carries no fields to read (a signed empty
 * text/plain body has no parsed body at all), so it is refused by what it is rather than failing later.
 */
@Injectable()
export class SlackFormGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const contentType = context.switchToHttp().getRequest<Request>().header('content-type');
    // The media type without parameters (charset); request.is() would also refuse an empty form.
    if (contentType?.split(';')[0].trim().toLowerCase() !== SLACK_FORM) {
      throw new UnsupportedMediaTypeException(`body must be ${SLACK_FORM}, as Slack sends it; got ${contentType || 'no content type'}`);
    }
    return true;
  }
}
