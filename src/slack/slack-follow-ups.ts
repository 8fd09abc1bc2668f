import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DomainError } from '../common/domain-error.js';
import { errorSentence, type SlackAnswer } from './command-blocks.js';

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

  /** Runs `work`, then posts what it answers (or the sentence for the domain error it throws) to `responseUrl`. */
  respond(responseUrl: string, work: () => Promise<SlackAnswer | null>): void {
    this.later(async () => {
      const answer = await work().catch((error: unknown) => {
        if (error instanceof DomainError) return { response_type: 'ephemeral' as const, replace_original: false, text: errorSentence(error) };
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
        (error: unknown) => this.logger.error(`Slack follow-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      )
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async post(responseUrl: string, answer: SlackAnswer): Promise<void> {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(answer),
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`Slack response_url answered HTTP ${response.status}`);
  }
}
