import { ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ClientRateLimiter, clientOf } from '../common/rate-limit.js';
import { IS_PUBLIC, REQUIRED_ROLE, type Caller } from './auth.decorators.js';
import { CALLER_PASSPORT, type CallerPassport } from './caller-passport.strategy.js';
import { mayActAs, type Role } from './roles.js';
import { sessionCookieOf } from './session-cookie.js';

/**
 * Global: every route needs a caller (401) with the role it declares (403), unless @Public. The caller is a
 * bearer token (scripts; the Authorization header wins when both are sent) or a console session cookie, whose
 * state-changing requests must also carry the session's X-CSRF-Token (403 CSRF_INVALID). Both are checked by this
 * app's own passport (caller-passport.strategy.ts); one role check for both.
 */
@Injectable()
export class CallerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: ClientRateLimiter,
    @Inject(CALLER_PASSPORT) private readonly passport: CallerPassport,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: Caller }>();
    const response = http.getResponse<Response>();
    request.user =
      sessionCookieOf(request) !== null && request.header('authorization') === undefined
        ? await this.sessionCaller(request, response)
        : await this.bearerCaller(request, response);
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLE, targets);
    if (required && !required.some((role) => mayActAs(request.user!.roles, role))) {
      throw new ForbiddenException(`this action needs the ${required.join(' or ')} role`);
    }
    return true;
  }

  private async bearerCaller(request: Request, response: Response): Promise<Caller> {
    try {
      // Only the Authorization header counts: a token in a URL ends up in logs and browser history, so a token
      // sent as ?access_token= or a body field (both of which passport-http-bearer reads) is refused outright,
      // even beside a valid header.
      if (hasField(request.query, 'access_token') || hasField(request.body, 'access_token')) {
        throw new UnauthorizedException('send the token in the Authorization header (Bearer), never as access_token');
      }
      const { caller, challenge } = await this.authenticate('bearer', request, response);
      if (caller) return caller;
      // RFC 6750's invalid_token: a token was sent and the verify function refused it.
      throw new UnauthorizedException(
        /error="invalid_token"/.test(String(challenge))
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
  private async sessionCaller(request: Request, response: Response): Promise<Caller> {
    const { caller } = await this.authenticate('session-cookie', request, response);
    if (!caller) throw new UnauthorizedException('your session has ended; sign in again');
    return caller;
  }

  /** passport's callback form as a promise: the caller, or false and the strategy's challenge; errors reject. */
  private authenticate(strategy: string, request: Request, response: Response): Promise<{ caller: Caller | false; challenge?: unknown }> {
    return new Promise((resolve, reject) => {
      const done = (error: unknown, caller: Caller | false, challenge?: unknown) =>
        error ? reject(error) : resolve({ caller, challenge });
      this.passport.authenticate(strategy, { session: false }, done)(request, response, reject);
    });
  }
}

function hasField(container: unknown, name: string): boolean {
  return typeof container === 'object' && container !== null && Object.hasOwn(container, name);
}
