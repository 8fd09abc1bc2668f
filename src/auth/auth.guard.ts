import { ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ClientRateLimiter, clientOf } from '../common/rate-limit.js';
import { IS_PUBLIC, REQUIRED_ROLE, type Caller } from './auth.decorators.js';
import { CALLER_STRATEGIES, type CallerStrategies } from './caller-passport.strategy.js';
import { mayActAs, type Role } from './roles.js';
import { sessionCookieOf } from './session-cookie.js';

/**
 * Global: every route needs a caller (401) with the role it declares (403), unless @Public. The caller is a
 * bearer token (scripts; the Authorization header wins when both are sent) or a console session cookie, whose
 * state-changing requests must also carry the session's X-CSRF-Token (403 CSRF_INVALID). Both are checked by this
 * app's own passport strategies (caller-passport.strategy.ts); one role check for both.
 */
@Injectable()
export class CallerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: ClientRateLimiter,
    @Inject(CALLER_STRATEGIES) private readonly strategies: CallerStrategies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: Caller }>();
    request.user =
      sessionCookieOf(request) !== null && request.header('authorization') === undefined
        ? await this.sessionCaller(request)
        : await this.bearerCaller(request);
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLE, targets);
    if (required && !required.some((role) => mayActAs(request.user!.roles, role))) {
      throw new ForbiddenException(`this action needs the ${required.join(' or ')} role`);
    }
    return true;
  }

  private async bearerCaller(request: Request): Promise<Caller> {
    try {
      // Only the Authorization header counts: a token in a URL ends up in logs and browser history, so a token
      // sent as ?access_token= or a body field (both of which passport-http-bearer reads) is refused outright,
      // even beside a valid header.
      if (hasField(request.query, 'access_token') || hasField(request.body, 'access_token')) {
        throw new UnauthorizedException('send the token in the Authorization header (Bearer), never as access_token');
      }
      const outcome = await this.strategies.bearer.run(request);
      if (outcome.user) return outcome.user;
      // RFC 6750's invalid_token: a token was sent and the verify function refused it.
      throw new UnauthorizedException(
        /error="invalid_token"/.test(String(outcome.challenge))
          ? 'unknown or revoked token'
          : 'sign in, or send an API token in the Authorization header (Bearer)',
      );
    } catch (error) {
      // Failed authentications count towards the client's lockout (common/rate-limit.ts).
      if (error instanceof UnauthorizedException) this.limiter.recordFailedAuthentication(clientOf(request));
      throw error;
    }
  }

  // An ended session is no attack (idle timeouts end them every day), so it does not count towards the lockout;
  // its secret has 256 bits, so there is nothing to guess either.
  private async sessionCaller(request: Request): Promise<Caller> {
    const { user } = await this.strategies.sessionCookie.run(request);
    if (!user) throw new UnauthorizedException('your session has ended; sign in again');
    return user;
  }
}

function hasField(container: unknown, name: string): boolean {
  return typeof container === 'object' && container !== null && Object.hasOwn(container, name);
}
