import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service.js';
import { mayActAs } from '../auth/roles.js';
import { sameSecret } from '../auth/tokens.js';
import { ClientRateLimiter, clientOf } from '../common/rate-limit.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** GET /metrics: the METRICS_TOKEN (a Prometheus server's), or an admin's API token; other tokens 403, none 401. */
@Injectable()
export class MetricsReaderGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly limiter: ClientRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    // A failed authentication here counts towards the client's lockout, as on every other route.
    const refuse = (why: string) => {
      this.limiter.recordFailedAuthentication(clientOf(request));
      return new UnauthorizedException(why);
    };
    const token = /^Bearer (\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (!token) throw refuse('a bearer token is needed: METRICS_TOKEN or an admin API token');
    if (this.config.metricsToken && sameSecret(token, this.config.metricsToken)) return true;
    const caller = await this.auth.callerForToken(token);
    if (!caller) throw refuse('unknown or revoked token');
    if (!mayActAs(caller.roles, 'admin')) throw new ForbiddenException('metrics need an admin token or METRICS_TOKEN');
    return true;
  }
}
