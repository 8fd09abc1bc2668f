import { createHmac } from 'node:crypto';
import { signatureProblem, slackSignature } from './slack-signature.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const NOW = new Date('2026-11-02T08:00:00Z');
const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));
const BODY = Buffer.from('token=x&command=%2Fbreach&text=status+BR-2026-0001');

function signed(overrides: { timestamp?: string; body?: Buffer; secret?: string } = {}) {
  const timestamp = overrides.timestamp ?? seconds(NOW);
  return { timestamp, signature: slackSignature(overrides.secret ?? SECRET, timestamp, BODY), rawBody: overrides.body ?? BODY };
}

describe('slackSignature', () => {
  it('is v0= and the hex HMAC-SHA256 of "v0:<timestamp>:<body>" (Slack’s own example)', () => {
    // https://api.slack.com/authentication/verifying-requests-from-slack
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(slackSignature(SECRET, '1531420618', body)).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });

  it('agrees with a plain HMAC over the same bytes', () => {
    const expected = createHmac('sha256', SECRET).update(`v0:123:${BODY.toString()}`).digest('hex');
    expect(slackSignature(SECRET, '123', BODY)).toBe(`v0=${expected}`);
  });
});

describe('signatureProblem', () => {
  it('accepts a request signed now with the secret', () => {
    expect(signatureProblem(signed(), SECRET, NOW)).toBeNull();
  });

  it.each([
    ['no signature', { ...signed(), signature: undefined }, 'the request is not signed by Slack'],
    ['no timestamp', { ...signed(), timestamp: undefined }, 'the request is not signed by Slack'],
    ['a timestamp that is no number', signed({ timestamp: '12e3' }), 'the request timestamp is not a number of seconds'],
    ['another secret', signed({ secret: 'another-secret' }), 'the request signature does not match'],
    ['a changed body', signed({ body: Buffer.from('token=x&command=%2Fbreach&text=approve') }), 'the request signature does not match'],
    ['a signature of another length', { ...signed(), signature: 'v0=00' }, 'the request signature does not match'],
  ])('refuses a request with %s', (_, request, problem) => {
    expect(signatureProblem(request, SECRET, NOW)).toBe(problem);
  });

  it.each([
    [-5 * 60, null],
    [5 * 60, null],
    [-(5 * 60 + 1), 'the request timestamp is more than 5 minutes away from now'],
    [5 * 60 + 1, 'the request timestamp is more than 5 minutes away from now'],
  ])('with a timestamp %i s from now answers %p', (offsetSeconds, problem) => {
    const timestamp = seconds(new Date(NOW.getTime() + offsetSeconds * 1000));
    expect(signatureProblem(signed({ timestamp }), SECRET, NOW)).toBe(problem);
  });
});
