import { ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { ClientRateLimiter, clientOf } from '../common/rate-limit.js';
import { IS_PUBLIC, REQUIRED_ROLE, type Caller } from './auth.decorators.js';
import { mayActAs, type Role } from './roles.js';

/** Global: every route needs a valid bearer token (401) and the role it declares (403), unless @Public. */
@Injectable()
export class BearerAuthGuard extends AuthGuard('bearer') {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: ClientRateLimiter,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    // passport-http-bearer also reads ?access_token= and a body field; a token in a URL ends up in logs and
    // browser history, so only the Authorization header counts, and a token sent elsewhere is refused outright.
    try {
      if (hasField(request.query, 'access_token') || hasField(request.body, 'access_token')) {
        throw new UnauthorizedException('send the token in the Authorization header (Bearer), never as access_token');
      }
      await super.canActivate(context);
    } catch (error) {
      // Failed authentications count towards the client's lockout (common/rate-limit.ts).
      if (error instanceof UnauthorizedException) this.limiter.recordFailedAuthentication(clientOf(request));
      throw error;
    }
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    const caller = context.switchToHttp().getRequest<{ user: Caller }>().user;
    if (required && !mayActAs(caller.roles, required)) {
      throw new ForbiddenException(`this action needs the ${required} role`);
    }
    return true;
  }
}

function hasField(container: unknown, name: string): boolean {
  return typeof container === 'object' && container !== null && Object.prototype.hasOwnProperty.call(container, name);
}
