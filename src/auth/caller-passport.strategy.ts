import { Passport } from 'passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { AuthService } from './auth.service.js';
import { SessionCookieStrategy } from './session.strategy.js';
import { SessionsService } from './sessions.service.js';

export const CALLER_PASSPORT = Symbol('CALLER_PASSPORT');
export type CallerPassport = InstanceType<typeof Passport>;

/**
 * Each app gets its own Passport instance, not passport's module-level singleton (nor @nestjs/passport's
 * PassportStrategy, which registers on it): the singleton keeps one strategy list for the whole process, so with
 * two apps in one process the last one started would check every app's tokens with its own service and cache.
 */
export function callerPassport(auth: AuthService, sessions: SessionsService): CallerPassport {
  const passport = new Passport();
  passport.use(
    'bearer',
    new BearerStrategy((token, done) => {
      auth.callerForToken(token).then((caller) => done(null, caller ?? false), done);
    }),
  );
  passport.use(new SessionCookieStrategy(sessions));
  return passport;
}
