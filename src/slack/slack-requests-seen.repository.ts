import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SlackRequestSeen } from './slack-request-seen.entity.js';

/** The slack module's SQL for the Slack requests already acted on (the replay guard's memory). */
@Injectable()
export class SlackRequestsSeenRepository {
  constructor(@InjectRepository(SlackRequestSeen) private readonly seen: Repository<SlackRequestSeen>) {}

  /**
   * Records `keys` as seen at `now`, in a transaction of its own, first forgetting those seen before
   * `forgetBefore`; false when any of them was already there. A second copy arriving at the same moment
   * waits on the first one's keys.
   */
  claimFirstSight(keys: readonly string[], now: Date, forgetBefore: Date): Promise<boolean> {
    return this.seen.manager.transaction(async (manager) => {
      await manager.query('DELETE FROM slack_requests_seen WHERE seen_at < $1', [forgetBefore]);
      const inserted: unknown[] = await manager.query(
        'INSERT INTO slack_requests_seen (key, seen_at) SELECT unnest($1::text[]), $2 ON CONFLICT (key) DO NOTHING RETURNING key',
        [keys, now],
      );
      return inserted.length === keys.length;
    });
  }
}
