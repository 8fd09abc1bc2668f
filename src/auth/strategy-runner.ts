import type { Request } from 'express';
import type { Strategy } from 'passport';

/** What one strategy decided about one request: the user, or no user and the strategy's challenge (RFC 6750's for bearer). */
export type StrategyOutcome<User> = { user: User } | { user: false; challenge?: unknown; status?: number };

/** One request's run of the strategy: the strategy's own authenticate(), with the actions below as `this`'s. */
type Attempt = { authenticate(request: Request, options: object): void };
type AttemptClass<User> = new (settle: Settle<User>) => Attempt;

interface Settle<User> {
  resolve(outcome: StrategyOutcome<User>): void;
  reject(error: unknown): void;
}

/**
 * Runs one passport strategy on a request, with passport's semantics for its actions (success, fail with a challenge
 * or a status, error, pass), as a promise. passport's own `authenticate()` middleware gives every request a new
 * object with five new closures over the request and response; under load, that made a share of every request's
 * objects outlive V8's young collections and fill the old generation (docs/benchmarks.md, eleventh session). Here
 * the actions are methods of one class made per strategy, and a request only gets an instance holding its settle.
 */
export class PassportStrategyRunner<User> {
  private readonly Attempt: AttemptClass<User>;

  constructor(strategy: Strategy) {
    this.Attempt = attemptClassOf<User>(strategy);
  }

  run(request: Request): Promise<StrategyOutcome<User>> {
    return new Promise((resolve, reject) => new this.Attempt({ resolve, reject }).authenticate(request, { session: false }));
  }
}

/** A class whose instances inherit everything from the strategy (its verify function, realm, options) and add the actions. */
function attemptClassOf<User>(strategy: Strategy): AttemptClass<User> {
  function Attempt(this: { settle: Settle<User> }, settle: Settle<User>) {
    this.settle = settle;
  }
  Attempt.prototype = Object.create(strategy, {
    success: { value: settleWithUser },
    fail: { value: settleWithChallenge },
    pass: { value: settleWithoutUser },
    error: { value: rejectWith },
    redirect: { value: refuseRedirect },
  });
  return Attempt as unknown as AttemptClass<User>;
}

type AttemptThis = { settle: Settle<unknown>; name?: string };

function settleWithUser(this: AttemptThis, user: unknown): void {
  this.settle.resolve({ user });
}

/** passport's reading of fail(): a number alone is the status (passport-http-bearer's 400 for a malformed header). */
function settleWithChallenge(this: AttemptThis, challenge?: unknown, status?: number): void {
  this.settle.resolve(typeof challenge === 'number' ? { user: false, status: challenge } : { user: false, challenge, status });
}

function settleWithoutUser(this: AttemptThis): void {
  this.settle.resolve({ user: false });
}

function rejectWith(this: AttemptThis, error: unknown): void {
  this.settle.reject(error);
}

function refuseRedirect(this: AttemptThis): void {
  this.settle.reject(new Error(`the ${this.name ?? 'passport'} strategy asked for a redirect, which an API guard cannot follow`));
}
