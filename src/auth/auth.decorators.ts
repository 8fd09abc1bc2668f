import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '../audit/audit.service.js';
import type { Role } from './roles.js';

export const IS_PUBLIC = 'isPublic';
export const REQUIRED_ROLE = 'requiredRole';

/** No token needed (health, docs, Slack's own signed requests). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The least role that may call the handler (a dpo may do what a responder may, and so on); given several, any one
 * of them will do (admin is not an incident role, so `Requires('responder', 'admin')` lets either edit).
 */
export const Requires = (...roles: [Role, ...Role[]]) => SetMetadata(REQUIRED_ROLE, roles);

/** The caller, as authenticated by a bearer token (scripts) or a session cookie (the console). */
export interface Caller {
  userId: string;
  name: string;
  roles: Role[];
  /** Set for a bearer token. */
  tokenId: string | null;
  /** Set for a console session. */
  sessionId: string | null;
}

export function actorOf(caller: Caller): Actor {
  return { id: `user:${caller.userId}`, name: caller.name };
}

export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => context.switchToHttp().getRequest<{ user: Caller }>().user,
);
