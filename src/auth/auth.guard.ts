import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error.js';
import { ClientRateLimiter, clientOf } from '../common/rate-limit.js';
import { IS_PUBLIC, REQUIRED_ROLE, type Caller } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { mayActAs, type Role } from './roles.js';
import { CSRF_HEADER, sessionCookieOf } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';
import { sameSecret } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global: every route needs a caller (401) with the role it declares (403), unless @Public. The caller is a
 * bearer token (scripts; the Authorization header wins when both are sent) or a console session cookie, whose
 * state-changing requests must also carry the session's X-CSRF-Token (403 CSRF_INVALID). One role check for both.
 */
@Injectable()
export class CallerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: ClientRateLimiter,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: Caller }>();
    const cookie = sessionCookieOf(request);
    request.user =
      cookie !== null && request.header('authorization') === undefined
        ? await this.sessionCaller(request, cookie)
        : await this.bearerCaller(request);
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (required && !mayActAs(request.user!.roles, required)) {
      throw new ForbiddenException(`this action needs the ${required} role`);
    }
    return true;
  }

  private async bearerCaller(request: Request): Promise<Caller> {
    try {
      // Only the Authorization header counts: a token in a URL ends up in logs and browser history, so a token
      // sent as ?access_token= or a body field is refused outright, even beside a valid header.
      if (hasField(request.query, 'access_token') || hasField(request.body, 'access_token')) {
        throw new UnauthorizedException('send the token in the Authorization header (Bearer), never as access_token');
      }
      const token = /^Bearer +(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
      if (!token) throw new UnauthorizedException('sign in, or send an API token in the Authorization header (Bearer)');
      const caller = await this.auth.callerForToken(token);
      if (!caller) throw new UnauthorizedException('unknown or revoked token');
      return caller;
    } catch (error) {
      // Failed authentications count towards the client's lockout (common/rate-limit.ts).
      if (error instanceof UnauthorizedException) this.limiter.recordFailedAuthentication(clientOf(request));
      throw error;
    }
  }

  // An ended session is no attack (idle timeouts end them every day), so it does not count towards the lockout;
  // its secret has 256 bits, so there is nothing to guess either.
  private async sessionCaller(request: Request, cookie: string): Promise<Caller> {
    const caller = await this.sessions.callerForSession(cookie);
    if (!caller) throw new UnauthorizedException('your session has ended; sign in again');
    if (!SAFE_METHODS.has(request.method) && !sameSecret(request.header(CSRF_HEADER), caller.csrfToken)) {
      throw new DomainError(
        'CSRF_INVALID',
        `A request made with the session cookie must send the session's ${CSRF_HEADER} header. Nothing was changed.`,
      );
    }
    return caller;
  }
}

function hasField(container: unknown, name: string): boolean {
  return typeof container === 'object' && container !== null && Object.prototype.hasOwnProperty.call(container, name);
}
