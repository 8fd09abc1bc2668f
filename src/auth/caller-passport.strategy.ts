import { Strategy as BearerStrategy } from 'passport-http-bearer';
import type { Caller } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { SessionCookieStrategy } from './session.strategy.js';
import { SessionsService } from './sessions.service.js';
import { PassportStrategyRunner } from './strategy-runner.js';

export const CALLER_STRATEGIES = Symbol('CALLER_STRATEGIES');

/** The two passport strategies that find a request's caller: an API token, or the console's session cookie. */
export interface CallerStrategies {
  bearer: PassportStrategyRunner<Caller>;
  sessionCookie: PassportStrategyRunner<Caller>;
}

/**
 * Each app gets its own strategies, not passport's module-level singleton (nor @nestjs/passport's
 * PassportStrategy, which registers on it): the singleton keeps one strategy list for the whole process, so with
 * two apps in one process the last one started would check every app's tokens with its own service and cache.
 */
export function callerStrategies(auth: AuthService, sessions: SessionsService): CallerStrategies {
  return {
    bearer: new PassportStrategyRunner(
      new BearerStrategy((token, done) => {
        auth.callerForToken(token).then((caller) => done(null, caller ?? false), done);
      }),
    ),
    sessionCookie: new PassportStrategyRunner(new SessionCookieStrategy(sessions)),
  };
}
