import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How a call fails: a 429 with Retry-After, a 500, a 200 `{ok:false,error}`, or a socket destroyed unanswered. */
export type FakeSlackFailure = { status: 429; retryAfter: number } | { status: 500 } | { error: string } | 'drop';

export interface FakeSlackMessage {
  channel: string;
  text?: string;
  blocks?: unknown[];
  thread_ts?: string;
  reply_broadcast: boolean;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  ts: string;
}

export interface FakeSlackCall {
  method: string;
  args: Record<string, unknown>;
  /** The HTTP status answered, or 'dropped' when the socket was destroyed instead. */
  status: number | 'dropped';
  /** The platform error of a 200 `{ok:false}` answer. */
  error?: string;
}

type Args = Record<string, unknown>;
type Answer = { ok: true } & Args;
type MethodHandler = (args: Args) => Answer | string;

interface FailurePlan {
  how: FakeSlackFailure | 'drop_after_handling';
  remaining: number;
}

// The real WebClient form-encodes every argument; objects and arrays arrive as JSON strings, flags as 'true'.
const JSON_ARGS = ['blocks', 'attachments', 'metadata', 'view'];
const FLAG_ARGS = ['reply_broadcast', 'include_all_metadata', 'inclusive'];
const DEFAULT_PAGE_SIZE = 100;
// Where response URLs point (beside /api/), as Slack's hooks.slack.com/commands/… do.
const RESPONSE_PATH = 'response/';
const BOT = { team_id: 'T0FAKE', user_id: 'U0FAKEBOT', bot_id: 'B0FAKE' };

/**
 * A local stand-in for the Slack Web API (`SLACK_API_URL = fake.url`), for the real @slack/web-api client.
 * Thread replies are left out of conversations.history unless broadcast, as on Slack itself, so code that
 * looks a reply up must use conversations.replies. Message timestamps come from `now` (pass the test's
 * fake time so `oldest` filters agree with it), made unique and increasing.
 */
export class FakeSlack {
  readonly messages: FakeSlackMessage[] = [];
  readonly calls: FakeSlackCall[] = [];
  readonly views: { trigger_id: string; view: unknown }[] = [];
  /** What was posted to the response URLs made by `responseUrl`, in order. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  private failures: FailurePlan[] = [];
  private lastTsMicros = 0;
  private readonly methods: Record<string, MethodHandler> = {
    'auth.test': () => ({ ok: true, url: 'https://breach-desk-fake.slack.com/', team: 'Breach Desk (fake)', user: 'breachdesk', ...BOT }),
    'chat.postMessage': (args) => this.postMessage(args),
    'chat.update': (args) => this.updateMessage(args),
    'views.open': (args) => this.openView(args),
    'conversations.history': (args) => this.history(args),
    'conversations.replies': (args) => this.replies(args),
  };

  private constructor(
    private readonly server: Server,
    /** What SLACK_API_URL is set to. */
    readonly url: string,
    private readonly now: () => Date,
  ) {}

  static async start(options: { now?: () => Date } = {}): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSlack(server, `http://127.0.0.1:${port}/api/`, options.now ?? (() => new Date()));
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      fake.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    return fake;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** The next `n` calls fail as told, storing nothing. */
  failNext(n: number, how: FakeSlackFailure): void {
    this.failures.push({ how, remaining: n });
  }

  /** Every call fails as told until `restore()`, or until `untilCount` calls have failed. */
  outage(how: FakeSlackFailure, untilCount = Infinity): void {
    this.failures = [{ how, remaining: untilCount }];
  }

  restore(): void {
    this.failures = [];
  }

  /** The next `n` calls take effect (a post is stored) but their answer is lost: the socket is destroyed. */
  failAfterStoring(n: number): void {
    this.failures.push({ how: 'drop_after_handling', remaining: n });
  }

  /** A response_url to put in a slash command or interaction; what is posted to it lands in `responses`. */
  responseUrl(id: string): string {
    return new URL(`../${RESPONSE_PATH}${encodeURIComponent(id)}`, this.url).toString();
  }

  messagesIn(channel: string): FakeSlackMessage[] {
    return this.messages.filter((message) => message.channel === channel);
  }

  private nextFailure(): FailurePlan['how'] | null {
    const plan = this.failures[0];
    if (!plan) return null;
    plan.remaining -= 1;
    if (plan.remaining <= 0) this.failures.shift();
    return plan.how;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const args = await readArgs(req);
    const pathname = new URL(req.url ?? '/', 'http://fake').pathname;
    if (pathname.startsWith(`/${RESPONSE_PATH}`)) {
      this.responses.push({ id: decodeURIComponent(pathname.slice(RESPONSE_PATH.length + 1)), body: args });
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return;
    }
    const method = new URL(req.url ?? '/', 'http://fake').pathname.replace(/^\/api\//, '');
    const call: FakeSlackCall = { method, args, status: 200 };
    this.calls.push(call);
    const failure = this.nextFailure();
    if (failure === null) return respond(call, res, this.answer(req, method, args));
    if (failure === 'drop_after_handling') this.answer(req, method, args);
    if (failure === 'drop' || failure === 'drop_after_handling') {
      call.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if ('error' in failure) return respond(call, res, failure.error);
    call.status = failure.status;
    const retryAfter = failure.status === 429 ? { 'Retry-After': String(failure.retryAfter) } : {};
    res.writeHead(failure.status, { 'Content-Type': 'text/plain', ...retryAfter }).end('fake failure');
  }

  /** The method's answer, or the platform error code to answer with. */
  private answer(req: IncomingMessage, method: string, args: Args): Answer | string {
    if (!/^Bearer xoxb-\S+$/.test(req.headers.authorization ?? '')) return 'not_authed';
    const handler = this.methods[method];
    return handler ? handler(args) : 'unknown_method';
  }

  private postMessage(args: Args): Answer | string {
    const channel = optionalString(args.channel);
    if (!channel) return 'channel_not_found';
    const text = optionalString(args.text);
    const blocks = args.blocks as unknown[] | undefined;
    if (!text && !blocks?.length) return 'no_text';
    const metadata = args.metadata as FakeSlackMessage['metadata'];
    if (metadata !== undefined && (typeof metadata.event_type !== 'string' || typeof metadata.event_payload !== 'object')) {
      return 'invalid_metadata_format';
    }
    const message: FakeSlackMessage = {
      channel,
      text,
      blocks,
      thread_ts: optionalString(args.thread_ts),
      reply_broadcast: args.reply_broadcast === true,
      metadata,
      ts: this.nextTs(),
    };
    this.messages.push(message);
    return { ok: true, channel, ts: message.ts, message: asHistoryEntry(message, true) };
  }

  private updateMessage(args: Args): Answer | string {
    const message = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
    if (!message) return 'message_not_found';
    message.text = optionalString(args.text) ?? message.text;
    message.blocks = (args.blocks as unknown[] | undefined) ?? message.blocks;
    return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
  }

  private openView(args: Args): Answer | string {
    const triggerId = optionalString(args.trigger_id);
    if (!triggerId) return 'invalid_trigger_id';
    this.views.push({ trigger_id: triggerId, view: args.view });
    return { ok: true, view: { id: `V${String(this.views.length).padStart(8, '0')}`, ...(args.view as object) } };
  }

  private history(args: Args): Answer | string {
    const inChannel = this.messagesIn(String(args.channel));
    const topLevel = inChannel.filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts || m.reply_broadcast);
    return page(newestFirst(topLevel), args);
  }

  private replies(args: Args): Answer | string {
    const inChannel = this.messagesIn(String(args.channel));
    if (!inChannel.some((m) => m.ts === args.ts)) return 'thread_not_found';
    return page(
      inChannel.filter((m) => m.ts === args.ts || m.thread_ts === args.ts),
      args,
    );
  }

  private nextTs(): string {
    const nowMicros = this.now().getTime() * 1000;
    this.lastTsMicros = Math.max(nowMicros, this.lastTsMicros + 100);
    return `${Math.floor(this.lastTsMicros / 1e6)}.${String(this.lastTsMicros % 1e6).padStart(6, '0')}`;
  }
}

function respond(call: FakeSlackCall, res: ServerResponse, answer: Answer | string): void {
  if (typeof answer === 'string') call.error = answer;
  const body = typeof answer === 'string' ? { ok: false, error: answer } : answer;
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readArgs(req: IncomingMessage): Promise<Args> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  if (!body) return {};
  if (req.headers['content-type']?.startsWith('application/json')) return JSON.parse(body) as Args;
  const args: Args = Object.fromEntries(new URLSearchParams(body));
  for (const key of JSON_ARGS) if (typeof args[key] === 'string') args[key] = JSON.parse(args[key]);
  for (const key of FLAG_ARGS) if (key in args) args[key] = args[key] === true || args[key] === 'true' || args[key] === '1';
  return args;
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Slack timestamps as whole microseconds: '1700000000.000100' → 1700000000000100 (exact below 2^53). */
function tsMicros(ts: string): number {
  const [seconds, fraction = ''] = ts.split('.');
  return Number(seconds) * 1e6 + Number(fraction.padEnd(6, '0').slice(0, 6));
}

const newestFirst = (messages: FakeSlackMessage[]): FakeSlackMessage[] => [...messages].sort((a, b) => tsMicros(b.ts) - tsMicros(a.ts));

function asHistoryEntry(message: FakeSlackMessage, withMetadata: boolean): Args {
  return {
    type: 'message',
    ...BOT,
    ts: message.ts,
    text: message.text,
    blocks: message.blocks,
    thread_ts: message.thread_ts,
    ...(withMetadata && message.metadata ? { metadata: message.metadata } : {}),
  };
}

/** One page of a timeline read: `oldest`/`latest` are exclusive, the cursor is an offset into the filtered list. */
function page(messages: FakeSlackMessage[], args: Args): Answer {
  const after = args.oldest === undefined ? -Infinity : tsMicros(String(args.oldest));
  const before = args.latest === undefined ? Infinity : tsMicros(String(args.latest));
  const inWindow = messages.filter((m) => tsMicros(m.ts) > after && tsMicros(m.ts) < before);
  const offset = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8')) : 0;
  const limit = args.limit === undefined ? DEFAULT_PAGE_SIZE : Number(args.limit);
  const end = offset + limit;
  const hasMore = end < inWindow.length;
  return {
    ok: true,
    messages: inWindow.slice(offset, end).map((m) => asHistoryEntry(m, args.include_all_metadata === true)),
    has_more: hasMore,
    response_metadata: { next_cursor: hasMore ? Buffer.from(String(end)).toString('base64') : '' },
  };
}
