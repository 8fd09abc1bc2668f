// The Slack sender on its own timers (SCHEDULER=on): after a refusal it comes back when Slack said or its
// backoff ends, not at its next idle poll. Fake time moves with real time here.
import { anIncident } from '../support/factories.js';
import { FakeTimeSource } from '../support/fake-time.js';
import type { FakeSlack, FakeSlackFailure } from '../support/fake-slack.js';
import { SlackEnvironment } from '../support/slack-environment.js';
import type { TestApp } from '../support/test-app.js';

const TICK_MS = 50;
// Retry-After 1 s, or the first 5xx backoff (1 s), plus room for a slow machine; the idle poll is 30 s.
const WITHIN_MS = 6_000;

describe('Slack sender timing', () => {
  let slack: SlackEnvironment;
  let fake: FakeSlack;
  let t: TestApp;
  let ticker: NodeJS.Timeout;
  const time = new FakeTimeSource();

  beforeAll(async () => {
    ticker = setInterval(() => time.advance(TICK_MS), TICK_MS);
    slack = await SlackEnvironment.start({ time, env: { SCHEDULER: 'on' } });
    ({ t, fake } = slack);
  });
  afterAll(async () => {
    await slack.close();
    clearInterval(ticker);
  });

  async function postedWithin(reference: string, ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (fake.messages.some((m) => m.metadata?.event_payload.incident === reference)) return true;
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    return false;
  }

  it.each<[string, FakeSlackFailure]>([
    ['a 429 with Retry-After 1 s', { status: 429, retryAfter: 1 }],
    ['a 500 (first backoff 1 s)', { status: 500 }],
  ])('posts the alert soon after %s', async (_name, failure) => {
    fake.failNext(1, failure);
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    expect(await postedWithin(created.body.reference, WITHIN_MS)).toBe(true);
  });
});
