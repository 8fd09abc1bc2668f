import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { type SlackAnswer } from './command-answers.js';
import { errorSentence } from './slack-sentences.js';

// As for Web API calls (slack-client.ts): long enough for a slow Slack, short enough not to pile up.
const POST_TIMEOUT_MS = 10_000;

/**
 * Work that goes on after Slack has had its answer (Slack waits 3 seconds at most), and its report to the
 * request's response_url. What is still running when the app stops is awaited, not dropped.
 */
@Injectable()
export class SlackFollowUps implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SlackFollowUps');
  private readonly running = new Set<Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Runs `work`, then posts what it answers (or the sentence for the domain error it throws) to `responseUrl`. */
  respond(responseUrl: string, work: () => Promise<SlackAnswer | null>): void {
    this.later(async () => {
      const answer = await work().catch((error: unknown) => {
        if (error instanceof DomainError)
          return { response_type: 'ephemeral' as const, replace_original: false, text: errorSentence(error) };
        throw error;
      });
      if (answer) await this.post(responseUrl, answer);
    });
  }

  /** Runs `work` after the answer; a failure is logged, as nobody is waiting for it. */
  later(work: () => Promise<unknown>): void {
    const run: Promise<void> = Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(`Slack follow-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /** Resolves when every follow-up started so far has finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async post(responseUrl: string, answer: SlackAnswer): Promise<void> {
    // A response_url comes inside the signed request, but whoever holds the signing secret could point it
    // anywhere (an internal address, a metadata endpoint): only Slack's own host is ever posted to.
    if (!isSlackResponseUrl(responseUrl, this.config.slack.apiUrl)) {
      this.logger.warn(`not posting to response_url ${JSON.stringify(responseUrl.slice(0, 200))}: not https://hooks.slack.com`);
      return;
    }
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(answer),
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`Slack response_url answered HTTP ${response.status}`);
  }
}

const SLACK_RESPONSE_HOST = 'hooks.slack.com';

/** https://hooks.slack.com/…, or, where SLACK_API_URL points elsewhere (a test's fake Slack), that URL's origin. */
export function isSlackResponseUrl(responseUrl: string, slackApiUrl: string | null): boolean {
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && url.host === SLACK_RESPONSE_HOST) return true;
  return slackApiUrl !== null && url.origin === new URL(slackApiUrl).origin;
}
