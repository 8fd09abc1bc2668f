import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { from, mergeMap, of, type Observable } from 'rxjs';
import { TimeSource } from '../common/time-source.js';
import { ephemeral } from './command-answers.js';
import { messageView } from './form-modals.js';
import { slackRequestIdentity } from './slack-requests.js';
import { SlackRequestsSeenRepository } from './slack-requests-seen.repository.js';

// A signature is accepted five minutes either side of its timestamp (slack-signature.ts), so a request can be
// replayed for ten minutes after it first arrives at most; it is remembered a little longer than that.
const REMEMBERED_MS = 15 * 60_000;

/**
 * Each signed Slack request is acted on once. It is remembered by a hash of its signature (the same signed
 * bytes sent again) and by Slack's own trigger_id (Slack's retries, X-Slack-Retry-Num, are signed anew but
 * keep it). Claimed before acting, in a transaction of its own: a second copy, even one arriving at the same
 * moment, waits on the first one's key and is then answered without acting. So each request is acted on at
 * most once: if the action itself fails, the person tries again in Slack, which sends a new request.
 */
@Injectable()
export class SlackReplayInterceptor implements NestInterceptor {
  private readonly logger = new Logger('SlackReplay');

  constructor(
    private readonly repository: SlackRequestsSeenRepository,
    private readonly time: TimeSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const keys = requestKeys(request);
    return from(this.firstTime(keys)).pipe(
      mergeMap((first) => {
        if (first) return next.handle();
        const retry = request.header('x-slack-retry-num');
        this.logger.warn(`a Slack request came again${retry ? ` (Slack retry ${retry})` : ''}; answered without acting again`);
        return of(replayAnswer(request));
      }),
    );
  }

  /** Records the keys; false when any of them was already there. Forgets what can no longer be replayed. */
  firstTime(keys: string[]): Promise<boolean> {
    const now = this.time.now();
    return this.repository.claimFirstSight(keys, now, new Date(now.getTime() - REMEMBERED_MS));
  }
}

function requestKeys(request: Request): string[] {
  const signed = `${request.header('x-slack-request-timestamp') ?? ''}:${request.header('x-slack-signature') ?? ''}`;
  const { triggerId } = slackRequestIdentity((request.body ?? {}) as Record<string, unknown>);
  return [`signature:${createHash('sha256').update(signed).digest('hex')}`, ...(triggerId ? [`trigger:${triggerId}`] : [])];
}

/** What Slack gets for a request already handled: nothing that acts, a sentence where the person sees one. */
function replayAnswer(request: Request): unknown {
  if (request.path.endsWith('/commands')) return ephemeral('Slack sent this command twice; it was handled once. Nothing more was done.');
  if (slackRequestIdentity((request.body ?? {}) as Record<string, unknown>).type === 'view_submission') {
    return {
      response_action: 'update',
      view: messageView('Already done', 'This form was already submitted and handled once. Nothing more was done.'),
    };
  }
  return undefined;
}
