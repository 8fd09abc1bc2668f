import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { SlackThread } from './slack-thread.entity.js';

/** The slack module's SQL for incident threads. */
@Injectable()
export class SlackThreadsRepository {
  constructor(@InjectRepository(SlackThread) private readonly threads: Repository<SlackThread>) {}

  /** The incident's thread, once its first alert is posted. */
  threadOf(incidentId: string): Promise<SlackThread | null> {
    return this.threads.findOneBy({ incidentId });
  }

  /** Each incident's thread ts, for those that have one. */
  async tsByIncident(incidentIds: string[]): Promise<Map<string, string>> {
    const threads = incidentIds.length ? await this.threads.findBy({ incidentId: In(incidentIds) }) : [];
    return new Map(threads.map((thread) => [thread.incidentId, thread.ts]));
  }

  /** The incident's first message opened its thread; a thread already recorded stays. */
  async record(manager: EntityManager, thread: SlackThread): Promise<void> {
    await manager.createQueryBuilder().insert().into(SlackThread).values(thread).orIgnore().execute();
  }
}
