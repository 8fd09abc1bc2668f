import {
  Inject,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
  type RawBodyRequest,
} from '@nestjs/common';
import type { Request } from 'express';
import { ClientRateLimiter, clientOf } from '../common/rate-limit.js';
import { TimeSource } from '../common/time-source.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { signatureProblem } from './slack-signature.js';

/** Lets through only requests Slack signed in the last five minutes; needs `rawBody: true` on the app. */
@Injectable()
export class SlackSignatureGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly time: TimeSource,
    private readonly limiter: ClientRateLimiter,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const { signingSecret, botToken } = this.config.slack;
    if (!signingSecret || !botToken) {
      throw new ServiceUnavailableException('Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to use the Slack app');
    }
    const request = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const problem = signatureProblem(
      {
        timestamp: request.header('x-slack-request-timestamp'),
        signature: request.header('x-slack-signature'),
        rawBody: request.rawBody ?? Buffer.alloc(0),
      },
      signingSecret,
      this.time.now(),
    );
    if (problem) {
      this.limiter.recordFailedAuthentication(clientOf(request));
      throw new UnauthorizedException(problem);
    }
    return true;
  }
}
