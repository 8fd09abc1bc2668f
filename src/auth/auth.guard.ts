import { ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC, REQUIRED_ROLE, type Caller } from './auth.decorators.js';
import { mayActAs, type Role } from './roles.js';

/** Global: every route needs a valid bearer token (401) and the role it declares (403), unless @Public. */
@Injectable()
export class BearerAuthGuard extends AuthGuard('bearer') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    const caller = context.switchToHttp().getRequest<{ user: Caller }>().user;
    if (required && !mayActAs(caller.roles, required)) {
      throw new ForbiddenException(`this action needs the ${required} role`);
    }
    return true;
  }
}
