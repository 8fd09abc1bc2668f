// The real @slack/web-api client inside SlackGateway, against the fake Slack Web API over HTTP.
import { createSlackGateway, SlackDeliveryError, type SlackGateway } from '../../src/slack/slack-client.js';
import { FakeSlack } from '../support/fake-slack.js';
import { FakeTimeSource, hours } from '../support/fake-time.js';

const CHANNEL = 'C0BREACHES';
const BOT_TOKEN = 'xoxb-test-token';
const OUTBOX_EVENT = 'breach_desk_alert';

describe('SlackGateway against a fake Slack', () => {
  const time = new FakeTimeSource('2026-10-24T07:00:00Z');
  let slack: FakeSlack;
  let gateway: SlackGateway;

  const gatewayWithToken = (botToken: string) =>
    createSlackGateway({ botToken, signingSecret: null, apiUrl: slack.url, channel: CHANNEL })!;
  const epochSeconds = (instant: Date) => instant.getTime() / 1000;
  const anAlert = (outboxId: string) => ({
    channel: CHANNEL,
    text: `alert ${outboxId}`,
    metadata: { event_type: OUTBOX_EVENT, event_payload: { outbox_id: outboxId } },
  });

  /** The SlackDeliveryError a call fails with, and how long it took to fail. */
  async function failureOf(call: Promise<unknown>): Promise<{ error: SlackDeliveryError; ms: number }> {
    const started = performance.now();
    const error = await call.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(SlackDeliveryError);
    return { error: error as SlackDeliveryError, ms: performance.now() - started };
  }

  beforeEach(async () => {
    slack = await FakeSlack.start({ now: () => time.now() });
    gateway = gatewayWithToken(BOT_TOKEN);
  });
  afterEach(() => slack.stop());

  it('is off without a bot token', () => {
    expect(createSlackGateway({ botToken: null, signingSecret: null, apiUrl: slack.url, channel: CHANNEL })).toBeNull();
  });

  it('posts a message with its blocks, thread and metadata, and answers its ts', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*GDPR Art. 33 notice*' } }];
    const parent = await gateway.postMessage({ ...anAlert('outbox-1'), blocks });
    const reply = await gateway.postMessage({ ...anAlert('outbox-2'), threadTs: parent.ts, replyBroadcast: true });

    expect(parent).toEqual({ channel: CHANNEL, ts: slack.messages[0].ts });
    expect(slack.messages).toEqual([
      expect.objectContaining({
        channel: CHANNEL,
        text: 'alert outbox-1',
        blocks,
        metadata: { event_type: OUTBOX_EVENT, event_payload: { outbox_id: 'outbox-1' } },
        reply_broadcast: false,
      }),
      expect.objectContaining({ ts: reply.ts, thread_ts: parent.ts, reply_broadcast: true }),
    ]);
    expect(Number(reply.ts)).toBeGreaterThan(Number(parent.ts));
  });

  it('fails at once on a 429, with the Retry-After for the caller to reschedule by', async () => {
    slack.failNext(1, { status: 429, retryAfter: 7 });
    const { error, ms } = await failureOf(gateway.postMessage(anAlert('outbox-1')));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7 });
    expect(ms).toBeLessThan(1000);
    expect(slack.calls).toHaveLength(1);
    expect(slack.messages).toEqual([]);
  });

  it('reports an HTTP 500 as a server failure, without retrying', async () => {
    slack.failNext(1, { status: 500 });
    const { error } = await failureOf(gateway.postMessage(anAlert('outbox-1')));
    expect(error).toMatchObject({ kind: 'server', message: expect.stringContaining('500') });
    expect(slack.calls.map((call) => call.status)).toEqual([500]);
  });

  it('reports a dropped connection as a network failure', async () => {
    slack.failNext(1, 'drop');
    const { error } = await failureOf(gateway.postMessage(anAlert('outbox-1')));
    expect(error.kind).toBe('network');
    expect(slack.messages).toEqual([]);
  });

  it('reports a Slack that cannot be reached as a network failure', async () => {
    const stopped = await FakeSlack.start();
    await stopped.stop();
    const unreachable = createSlackGateway({ botToken: BOT_TOKEN, signingSecret: null, apiUrl: stopped.url, channel: CHANNEL })!;
    const { error } = await failureOf(unreachable.postMessage(anAlert('outbox-1')));
    expect(error.kind).toBe('network');
  });

  it('reports a platform error with Slack’s code', async () => {
    slack.failNext(1, { error: 'channel_not_found' });
    const { error } = await failureOf(gateway.postMessage(anAlert('outbox-1')));
    expect(error).toMatchObject({ kind: 'platform', slackError: 'channel_not_found' });
  });

  it('is refused by Slack without a bot token it accepts', async () => {
    const { error } = await failureOf(gatewayWithToken('not-a-bot-token').postMessage(anAlert('outbox-1')));
    expect(error).toMatchObject({ kind: 'platform', slackError: 'not_authed' });
  });

  it('fails every call during an outage and stores nothing, then works again', async () => {
    slack.outage({ status: 500 });
    for (const id of ['outbox-1', 'outbox-2']) {
      expect((await failureOf(gateway.postMessage(anAlert(id)))).error.kind).toBe('server');
    }
    slack.restore();
    await gateway.postMessage(anAlert('outbox-3'));
    expect(slack.messages.map((message) => message.text)).toEqual(['alert outbox-3']);
  });

  it('finds by its metadata a post that landed although its answer was lost', async () => {
    const attemptStartedAt = time.now();
    await gateway.postMessage(anAlert('outbox-0'));
    time.advance(hours(1));
    slack.failAfterStoring(1);
    expect((await failureOf(gateway.postMessage(anAlert('outbox-1')))).error.kind).toBe('network');
    await gateway.postMessage(anAlert('outbox-2'));

    const found = await gateway.findMessageByMetadata(CHANNEL, OUTBOX_EVENT, 'outbox_id', 'outbox-1', epochSeconds(attemptStartedAt));
    expect(found).toEqual({ ts: slack.messages[1].ts });
    expect(slack.calls.at(-1)).toMatchObject({
      method: 'conversations.history',
      args: { channel: CHANNEL, include_all_metadata: true, oldest: String(epochSeconds(attemptStartedAt)) },
    });
  });

  it('finds nothing for a post that never landed, or one older than asked', async () => {
    await gateway.postMessage(anAlert('outbox-1'));
    time.advance(hours(1));
    const since = epochSeconds(time.now());
    slack.failNext(1, 'drop');
    await failureOf(gateway.postMessage(anAlert('outbox-2')));

    expect(await gateway.findMessageByMetadata(CHANNEL, OUTBOX_EVENT, 'outbox_id', 'outbox-2', since)).toBeNull();
    expect(await gateway.findMessageByMetadata(CHANNEL, OUTBOX_EVENT, 'outbox_id', 'outbox-1', since)).toBeNull();
  });

  it('pages through a busy channel to find the message', async () => {
    const since = epochSeconds(time.now()) - 1;
    for (let i = 0; i < 401; i += 1) await gateway.postMessage(anAlert(`outbox-${i}`));

    const found = await gateway.findMessageByMetadata(CHANNEL, OUTBOX_EVENT, 'outbox_id', 'outbox-0', since);
    expect(found).toEqual({ ts: slack.messages[0].ts });
    expect(slack.calls.filter((call) => call.method === 'conversations.history')).toHaveLength(3);
  });

  it('finds a thread reply in its thread, where the channel history does not show it', async () => {
    const since = epochSeconds(time.now()) - 1;
    const parent = await gateway.postMessage(anAlert('outbox-1'));
    slack.failAfterStoring(1);
    await failureOf(gateway.postMessage({ ...anAlert('outbox-2'), threadTs: parent.ts }));

    expect(await gateway.findMessageByMetadata(CHANNEL, OUTBOX_EVENT, 'outbox_id', 'outbox-2', since)).toBeNull();
    const found = await gateway.findMessageByMetadata(CHANNEL, OUTBOX_EVENT, 'outbox_id', 'outbox-2', since, parent.ts);
    expect(found).toEqual({ ts: slack.messages[1].ts });
  });

  it('updates a message and opens a view', async () => {
    const posted = await gateway.postMessage(anAlert('outbox-1'));
    await gateway.updateMessage(CHANNEL, posted.ts, 'acknowledged', [{ type: 'divider' }]);
    await gateway.openView('trigger-1', { type: 'modal', title: { type: 'plain_text', text: 'Assess' }, blocks: [] });

    expect(slack.messages[0]).toMatchObject({ text: 'acknowledged', blocks: [{ type: 'divider' }] });
    expect(slack.views).toEqual([{ trigger_id: 'trigger-1', view: expect.objectContaining({ type: 'modal' }) }]);
  });

  it('reports an update of a message that does not exist as a platform error', async () => {
    const { error } = await failureOf(gateway.updateMessage(CHANNEL, '1.000001', 'text'));
    expect(error).toMatchObject({ kind: 'platform', slackError: 'message_not_found' });
  });
});
