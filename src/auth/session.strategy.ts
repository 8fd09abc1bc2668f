import type { Request } from 'express';
import { Strategy } from 'passport';
import { DomainError } from '../common/domain-error.js';
import { CSRF_HEADER, sessionCookieOf } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';
import { sameSecret } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The console's session cookie as a passport strategy. A state-changing request must also carry the session's
 * X-CSRF-Token: the cookie alone is sent by the browser whatever page asked (403 CSRF_INVALID).
 * Not named 'session': every Passport instance already has passport's own login-session strategy by that name.
 */
export class SessionCookieStrategy extends Strategy {
  override name = 'session-cookie';

  constructor(private readonly sessions: SessionsService) {
    super();
  }

  override authenticate(request: Request): void {
    const cookie = sessionCookieOf(request);
    if (cookie === null) {
      this.fail(401);
      return;
    }
    this.sessions.callerForSession(cookie).then(
      (caller) => {
        if (!caller) this.fail(401);
        else if (!SAFE_METHODS.has(request.method) && !sameSecret(request.header(CSRF_HEADER), caller.csrfToken)) {
          this.error(
            new DomainError(
              'CSRF_INVALID',
              `A request made with the session cookie must send the session's ${CSRF_HEADER} header. Nothing was changed.`,
            ),
          );
        } else this.success(caller);
      },
      (error: unknown) => this.error(error as Error),
    );
  }
}
