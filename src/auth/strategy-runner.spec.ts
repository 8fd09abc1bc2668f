import type { Request } from 'express';
import { Strategy, type StrategyCreatedStatic } from 'passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { PassportStrategyRunner } from './strategy-runner.js';

const KNOWN_TOKEN = 'bd_known';

function requestWith(headers: Record<string, string>): Request {
  return { headers, query: {}, body: undefined } as unknown as Request;
}

describe('PassportStrategyRunner with passport-http-bearer', () => {
  const bearer = new PassportStrategyRunner<{ name: string }>(
    new BearerStrategy((token, done) => {
      if (token === 'bd_broken-store') done(new Error('token store unreachable'));
      else done(null, token === KNOWN_TOKEN ? { name: 'Ana' } : false);
    }),
  );

  it('answers the user the verify function found', async () => {
    await expect(bearer.run(requestWith({ authorization: `Bearer ${KNOWN_TOKEN}` }))).resolves.toEqual({ user: { name: 'Ana' } });
  });

  it("answers no user with RFC 6750's invalid_token challenge for a token the verify function refused", async () => {
    const outcome = await bearer.run(requestWith({ authorization: 'Bearer bd_unknown' }));
    expect(outcome.user).toBe(false);
    expect(outcome).toMatchObject({ challenge: expect.stringMatching(/^Bearer realm="Users", error="invalid_token"/) });
  });

  it('answers no user with a challenge without an error when no token was sent', async () => {
    const outcome = await bearer.run(requestWith({}));
    expect(outcome).toEqual({ user: false, challenge: 'Bearer realm="Users"', status: undefined });
  });

  it('reads a lone number given to fail() as the status, as passport does (a malformed header is a 400)', async () => {
    await expect(bearer.run(requestWith({ authorization: 'Bearer two parts' }))).resolves.toEqual({ user: false, status: 400 });
  });

  it("rejects with the verify function's error", async () => {
    await expect(bearer.run(requestWith({ authorization: 'Bearer bd_broken-store' }))).rejects.toThrow('token store unreachable');
  });
});

describe('PassportStrategyRunner', () => {
  class RecordingStrategy extends Strategy {
    override name = 'recording';
    readonly attempts: object[] = [];
    constructor(private readonly act: (attempt: StrategyCreatedStatic) => void) {
      super();
    }
    override authenticate(): void {
      this.attempts.push(this);
      this.act(this as unknown as StrategyCreatedStatic);
    }
  }

  it('gives the strategy no per-request closures: the actions are inherited, one set for every request', async () => {
    const strategy = new RecordingStrategy((attempt) => attempt.success({ id: 1 }));
    const runner = new PassportStrategyRunner(strategy);
    await runner.run(requestWith({}));
    await runner.run(requestWith({}));
    const [first, second] = strategy.attempts as Array<Record<string, unknown>>;
    expect(first).not.toBe(second);
    expect(Object.getOwnPropertyNames(first).filter((name) => typeof first[name] === 'function')).toEqual([]);
    expect(first.success).toBe(second.success);
    expect(first.act).toBe(strategy['act']);
  });

  it('settles a pass() as no user, and refuses a redirect, which an API guard cannot follow', async () => {
    await expect(new PassportStrategyRunner(new RecordingStrategy((attempt) => attempt.pass())).run(requestWith({}))).resolves.toEqual({
      user: false,
    });
    await expect(
      new PassportStrategyRunner(new RecordingStrategy((attempt) => attempt.redirect('https://idp.example'))).run(requestWith({})),
    ).rejects.toThrow('the recording strategy asked for a redirect');
  });
});
