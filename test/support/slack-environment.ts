// The Slack test environment: the real application with Slack on, its @slack/web-api client pointed at the
// fake Slack server, and requests to it signed as Slack signs them. One place for what every Slack test needs.
import type request from 'supertest';
import { EscalationDispatcher } from '../../src/notifications/escalation-dispatcher.service';
import { OutboxSender } from '../../src/slack/outbox-sender.service';
import { FakeSlack, type FakeSlackMessage } from './fake-slack';
import { FakeTimeSource } from './fake-time';
import { postAsSlack, slackForm, slackSignatureHeaders } from './slack-signing';
import { startTestApp, type TestApp } from './test-app';

export const SLACK_CHANNEL = 'C0BREACH';
export const SLACK_SIGNING_SECRET = 'slack-signing-secret-for-tests';
export const SLACK_TEAM = 'T0FAKE';

/** Slack's JSON as the tests read it. */
export type Json = Record<string, any>;
/** A form's answers by input block id: text, a chosen option's value (or several), a number, a date-time in epoch seconds. */
export type FormAnswers = Record<string, string | string[] | number | undefined>;

/** What Breach Desk answered a request, and where its later outcome (response_url) or form (trigger_id) goes. */
export interface SlackExchange {
  answer: Json;
  responseId: string;
  triggerId: string;
}

export interface SlackEnvironmentOptions {
  time?: FakeTimeSource;
  /** More configuration; it wins over the Slack settings. */
  env?: Record<string, string>;
  channel?: string;
}

/** The configuration that turns Slack on against `fake`. */
export function slackEnv(fake: FakeSlack, channel = SLACK_CHANNEL): Record<string, string> {
  return { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET, SLACK_CHANNEL: channel, SLACK_API_URL: fake.url };
}

/** One pass of the background work that reaches Slack: due escalations become outbox rows, which are sent. */
export async function dispatchAndSend(t: TestApp): Promise<void> {
  await t.app.get(EscalationDispatcher).dispatchDue();
  await t.app.get(OutboxSender).sendDue();
}

/** Follow-ups arrive after the acknowledgement: waits (up to 5 s) until `find` finds what was sent. */
export async function eventually<T>(find: () => T | undefined, what: string): Promise<T> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${what} never came`);
}

export class SlackEnvironment {
  private requests = 0;

  private constructor(
    readonly t: TestApp,
    readonly fake: FakeSlack,
    readonly time: FakeTimeSource,
    readonly channel: string,
  ) {}

  static async start({
    time = new FakeTimeSource(),
    env = {},
    channel = SLACK_CHANNEL,
  }: SlackEnvironmentOptions = {}): Promise<SlackEnvironment> {
    const fake = await FakeSlack.start({ now: () => time.now() });
    const t = await startTestApp({ time, env: { ...slackEnv(fake, channel), ...env } });
    return new SlackEnvironment(t, fake, time, channel);
  }

  /** Another instance of the service on the same database and the same fake Slack; the caller closes it (keepDatabase). */
  anotherInstance(): Promise<TestApp> {
    return startTestApp({ time: this.time, env: slackEnv(this.fake, this.channel), databaseUrl: this.t.databaseUrl });
  }

  async close(): Promise<void> {
    await this.t.close();
    await this.fake.stop();
  }

  /** A request id never used before, for response_url and trigger_id. */
  next(kind: string): string {
    this.requests += 1;
    return `${kind}-${this.requests}`;
  }

  /** The signature headers Slack gives `body`, signed `offsetMs` from the test's now. */
  signed(body: string, offsetMs = 0): Record<string, string> {
    return slackSignatureHeaders(body, { secret: SLACK_SIGNING_SECRET, at: new Date(this.time.now().getTime() + offsetMs) });
  }

  /** Posts exactly `body` to `path` with the signature Slack would give it now. */
  send(path: string, body: string): request.Test {
    return postAsSlack(this.t.http, path, body, this.signed(body));
  }

  /** The body of `/breach <text>` typed by `slackUserId`, with every field Slack sends; `fields` replace some. */
  commandBody(
    text: string,
    slackUserId: string,
    fields: Record<string, string> = {},
  ): { body: string; responseId: string; triggerId: string } {
    const id = this.next('command');
    const body = slackForm({
      token: 'deprecated-verification-token',
      team_id: SLACK_TEAM,
      team_domain: 'exemplu',
      channel_id: this.channel,
      channel_name: 'breaches',
      user_id: slackUserId,
      user_name: slackUserId.toLowerCase(),
      command: '/breach',
      text,
      api_app_id: 'A0FAKE',
      is_enterprise_install: 'false',
      response_url: this.fake.responseUrl(id),
      trigger_id: `trigger-${id}`,
      ...fields,
    });
    return { body, responseId: id, triggerId: `trigger-${id}` };
  }

  /** `/breach <text>` typed by `slackUserId`. */
  async slash(text: string, slackUserId: string, fields: Record<string, string> = {}): Promise<SlackExchange> {
    const { body, responseId, triggerId } = this.commandBody(text, slackUserId, fields);
    const response = await this.send('/slack/commands', body).expect(200);
    return { answer: response.body as Json, responseId, triggerId };
  }

  /** An interaction (a button, a form submitted): its payload, as JSON in the `payload` field. */
  async interact(payload: Json): Promise<Json> {
    return (await this.send('/slack/interactions', slackForm({ payload: JSON.stringify(payload) })).expect(200)).body as Json;
  }

  /** The `user` of an interaction: the member id, and a user name that is only what the member chose to be called. */
  slackUser(id: string, userName = id.toLowerCase()): Json {
    return { id, username: userName, name: userName, team_id: SLACK_TEAM };
  }

  /** A button pressed in a message Breach Desk posted; its outcome goes to response_url `responseId`. */
  async pressButton(actionId: string, value: string, slackUserId: string): Promise<SlackExchange> {
    const id = this.next('button');
    const answer = await this.interact({
      type: 'block_actions',
      user: this.slackUser(slackUserId),
      trigger_id: `trigger-${id}`,
      response_url: this.fake.responseUrl(id),
      container: { type: 'message', message_ts: '1793606400.000100', channel_id: this.channel },
      channel: { id: this.channel, name: 'breaches' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'approval', value, action_ts: '1793606401.000200' }],
    });
    return { answer, responseId: id, triggerId: `trigger-${id}` };
  }

  /** The body Slack sends when `view` is submitted with these block states (`state.values`). */
  viewSubmission(view: Json, slackUserId: string, values: Json, userName?: string): string {
    return slackForm({
      payload: JSON.stringify({
        type: 'view_submission',
        team: { id: SLACK_TEAM },
        user: this.slackUser(slackUserId, userName),
        api_app_id: 'A0FAKE',
        // Slack gives every submission a trigger_id of its own; a repeated one is a replay (slack-replay.interceptor.ts).
        trigger_id: `trigger-${this.next('submission')}`,
        view: {
          id: 'V0FORM',
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata ?? '',
          state: { values },
        },
      }),
    });
  }

  /** `view` submitted with these block states, as Slack sends it. */
  async submitView(view: Json, slackUserId: string, values: Json): Promise<Json> {
    return (await this.send('/slack/interactions', this.viewSubmission(view, slackUserId, values)).expect(200)).body as Json;
  }

  /** `view` filled in with `answers` (each input block's state shaped by its element type) and submitted. */
  submitForm(view: Json, slackUserId: string, answers: FormAnswers): Promise<Json> {
    const values: Json = {};
    for (const { block_id: blockId, element } of view.blocks.filter((block: Json) => block.type === 'input')) {
      values[blockId] = { [element.action_id]: { type: element.type, ...elementState(element, answers[blockId]) } };
    }
    return this.submitView(view, slackUserId, values);
  }

  responseTo(id: string): Promise<Json> {
    return eventually(() => this.fake.responses.find((response) => response.id === id)?.body, `a post to response_url ${id}`);
  }

  viewOpenedWith(triggerId: string): Promise<Json> {
    return eventually(
      () => this.fake.views.find((view) => view.trigger_id === triggerId)?.view as Json | undefined,
      `a view for ${triggerId}`,
    );
  }

  messageWhere(match: (message: FakeSlackMessage) => boolean, what = 'the message'): Promise<FakeSlackMessage> {
    return eventually(() => this.fake.messages.find(match), what);
  }

  dispatchAndSend(): Promise<void> {
    return dispatchAndSend(this.t);
  }
}

function elementState(element: Json, answer: FormAnswers[string]): Json {
  // Slack offers only the element's options; a test choosing anything else is wrong.
  const chosen = () =>
    [answer ?? []].flat().map((value) => {
      if (!element.options.some((option: Json) => option.value === value))
        throw new Error(`${String(value)} is not an option of ${element.action_id}`);
      return { value };
    });
  switch (element.type) {
    case 'plain_text_input':
    case 'number_input':
      return { value: answer ?? element.initial_value ?? null };
    case 'radio_buttons':
      return { selected_option: chosen()[0] ?? null };
    case 'checkboxes':
    case 'multi_static_select':
      return { selected_options: chosen() };
    case 'datetimepicker':
      return { selected_date_time: answer ?? element.initial_date_time };
    default:
      throw new Error(`no state for a ${element.type}`);
  }
}
