// The Slack Web API as Breach Desk uses it: a few calls, and failures sorted by what the caller should do next.
import { ErrorCode, LogLevel, WebClient, type WebAPICallError, type WebAPICallResult } from '@slack/web-api';
import type { AppConfig } from '../config/config.js';

/**
 * - `rate_limited`: Slack refused the call; try again after `retryAfterSeconds`.
 * - `server`: Slack answered with an HTTP error status.
 * - `network`: no answer arrived (connection refused or dropped, timeout), so a post may have landed.
 * - `platform`: Slack answered `{ok:false}` with `slackError` (channel_not_found, invalid_auth, …).
 */
export type SlackFailureKind = 'rate_limited' | 'server' | 'network' | 'platform';

export class SlackDeliveryError extends Error {
  override readonly name = 'SlackDeliveryError';
  readonly retryAfterSeconds?: number;
  readonly slackError?: string;

  constructor(
    readonly kind: SlackFailureKind,
    message: string,
    options: { retryAfterSeconds?: number; slackError?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.slackError = options.slackError;
  }
}

export interface SlackMessageMetadata {
  event_type: string;
  event_payload: Record<string, string | number | boolean>;
}

export interface PostMessageArgs {
  channel: string;
  /** The notification text, and what clients without blocks show. */
  text: string;
  blocks?: unknown[];
  threadTs?: string;
  replyBroadcast?: boolean;
  metadata?: SlackMessageMetadata;
}

export interface PostedMessage {
  ts: string;
  channel: string;
}

interface MessagePage {
  messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }[];
  has_more?: boolean;
  response_metadata?: { next_cursor?: string };
}

// Long enough for a slow Slack, short enough that a hung call does not hold a dispatcher lease.
const CALL_TIMEOUT_MS = 10_000;
const HISTORY_PAGE_SIZE = 200;

/** Told Slack's error code of every failed call (for breach_desk_slack_api_errors_total). */
export type SlackErrorListener = (code: string) => void;

export class SlackGateway {
  constructor(
    private readonly web: WebClient,
    private readonly onError: SlackErrorListener = () => undefined,
  ) {}

  async postMessage(args: PostMessageArgs): Promise<PostedMessage> {
    const posted = await this.call<PostedMessage>('chat.postMessage', {
      channel: args.channel,
      text: args.text,
      blocks: args.blocks,
      thread_ts: args.threadTs,
      reply_broadcast: args.replyBroadcast,
      metadata: args.metadata,
    });
    return { ts: posted.ts, channel: posted.channel };
  }

  /**
   * The newest message after `oldestEpochSeconds` whose metadata has `eventType` and `event_payload[key] === value`:
   * how a post whose answer was lost is found again. Thread replies are not in the channel's history unless
   * broadcast, so a reply is looked up in its thread (`threadTs`).
   */
  async findMessageByMetadata(
    channel: string,
    eventType: string,
    key: string,
    value: string | number,
    oldestEpochSeconds: number,
    threadTs?: string,
  ): Promise<{ ts: string } | null> {
    const [method, where] = threadTs ? (['conversations.replies', { ts: threadTs }] as const) : (['conversations.history', {}] as const);
    let cursor: string | undefined;
    do {
      const page = await this.call<MessagePage>(method, {
        channel,
        ...where,
        oldest: String(oldestEpochSeconds),
        limit: HISTORY_PAGE_SIZE,
        include_all_metadata: true,
        cursor,
      });
      // Compared as text: a payload value may come back as a string or a number.
      const match = page.messages?.find(
        (message) => message.metadata?.event_type === eventType && String(message.metadata.event_payload?.[key]) === String(value),
      );
      if (match?.ts) return { ts: match.ts };
      cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
    } while (cursor);
    return null;
  }

  async openView(triggerId: string, view: unknown): Promise<void> {
    await this.call('views.open', { trigger_id: triggerId, view });
  }

  async updateMessage(channel: string, ts: string, text: string, blocks?: unknown[]): Promise<void> {
    await this.call('chat.update', { channel, ts, text, blocks });
  }

  /** `Answer` names the fields of Slack's answer that the caller reads. */
  private async call<Answer = WebAPICallResult>(method: string, args: Record<string, unknown>): Promise<Answer> {
    try {
      return (await this.web.apiCall(method, args)) as Answer;
    } catch (error) {
      this.onError(errorCodeOf(error));
      throw toDeliveryError(method, error);
    }
  }
}

/** Null when Slack is off (no bot token). */
export function createSlackGateway(config: AppConfig['slack'], onError?: SlackErrorListener): SlackGateway | null {
  if (!config.botToken) return null;
  const web = new WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // Retrying is the dispatcher's job: by default the client sleeps through Retry-After and retries for ~30 min.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: CALL_TIMEOUT_MS,
    logLevel: LogLevel.ERROR,
  });
  return new SlackGateway(web, onError);
}

const SLACK_ERROR_CODES: readonly string[] = Object.values(ErrorCode);

function isWebApiCallError(error: unknown): error is WebAPICallError {
  return typeof error === 'object' && error !== null && SLACK_ERROR_CODES.includes((error as { code?: unknown }).code as string);
}

function toDeliveryError(method: string, error: unknown): SlackDeliveryError {
  const describe = (what: string) => `Slack ${method}: ${what}`;
  if (!isWebApiCallError(error)) {
    // For example the connection dropped while the answer was being read: whether Slack acted is unknown.
    return new SlackDeliveryError('network', describe(String(error)), { cause: error });
  }
  switch (error.code) {
    case ErrorCode.RateLimitedError:
      return new SlackDeliveryError('rate_limited', describe(`rate limited, retry after ${error.retryAfter} s`), {
        retryAfterSeconds: error.retryAfter,
        cause: error,
      });
    case ErrorCode.HTTPError:
      return new SlackDeliveryError('server', describe(`HTTP ${error.statusCode} ${error.statusMessage}`.trim()), {
        cause: error,
      });
    case ErrorCode.RequestError:
      return new SlackDeliveryError('network', describe(requestFailure(error.original)), { cause: error });
    case ErrorCode.PlatformError:
      return new SlackDeliveryError('platform', describe(error.data.error), { slackError: error.data.error, cause: error });
  }
}

/** Slack's own code when it gave one (`channel_not_found`; `ratelimited` is its code for a 429), else the HTTP status or `request_error`. */
function errorCodeOf(error: unknown): string {
  if (!isWebApiCallError(error)) return 'request_error';
  switch (error.code) {
    case ErrorCode.RateLimitedError:
      return 'ratelimited';
    case ErrorCode.HTTPError:
      return `http_${error.statusCode}`;
    case ErrorCode.RequestError:
      return 'request_error';
    case ErrorCode.PlatformError:
      return error.data.error;
  }
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED, "other side closed", a timeout) is in its cause. */
function requestFailure(original: Error): string {
  const reason = (original.cause as { message?: unknown } | undefined)?.message;
  return typeof reason === 'string' ? `${original.message} (${reason})` : original.message;
}
