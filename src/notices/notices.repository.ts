import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { NoticeKind } from './render/index.js';
import { NoticeVersion } from './notice-version.entity.js';
import { Notice } from './notice.entity.js';

/** The notices module's SQL: its own tables, notices and notice_versions, and nothing else. */
@Injectable()
export class NoticesRepository {
  constructor(
    @InjectRepository(Notice) private readonly notices: Repository<Notice>,
    @InjectRepository(NoticeVersion) private readonly versions: Repository<NoticeVersion>,
  ) {}

  /** One transaction per command: the change, its audit entry and its outbox rows commit together. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.notices.manager.transaction(work);
  }

  find(id: string, manager: EntityManager = this.notices.manager): Promise<Notice | null> {
    return manager.withRepository(this.notices).findOneBy({ id });
  }

  /** Row lock for the rest of the transaction: commands on one notice apply one after another. */
  lock(manager: EntityManager, id: string): Promise<Notice | null> {
    return manager.withRepository(this.notices).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Oldest first. */
  ofIncident(incidentId: string): Promise<Notice[]> {
    return this.notices.find({ where: { incidentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The first of these kinds sent for the incident. */
  firstSent(manager: EntityManager, incidentId: string, kinds: readonly NoticeKind[]): Promise<Notice | null> {
    return manager
      .withRepository(this.notices)
      .findOne({ where: { incidentId, kind: In([...kinds]), state: 'sent' }, order: { sentAt: 'ASC' } });
  }

  async insert(manager: EntityManager, fields: Omit<Notice, 'id'>): Promise<Notice> {
    const repository = manager.withRepository(this.notices);
    const notice = repository.create(fields);
    await repository.insert(notice);
    return notice;
  }

  /** The caller holds the row lock (lock()), so `before` is the stored row: one UPDATE, no read back. */
  async update(manager: EntityManager, before: Notice, changes: Partial<Notice>): Promise<Notice> {
    await manager.withRepository(this.notices).update({ id: before.id }, changes);
    return { ...before, ...changes };
  }

  versionsOf(noticeId: string): Promise<NoticeVersion[]> {
    return this.versions.find({ where: { noticeId }, order: { version: 'ASC' } });
  }

  version(noticeId: string, version: number, manager: EntityManager = this.versions.manager): Promise<NoticeVersion | null> {
    return manager.withRepository(this.versions).findOneBy({ noticeId, version });
  }

  async keepVersion(manager: EntityManager, version: NoticeVersion): Promise<void> {
    await manager.withRepository(this.versions).insert(version);
  }

  /** Notices by kind and state. */
  countsByKindAndState(manager: EntityManager): Promise<{ kind: string; state: string; count: number }[]> {
    return manager.query(`SELECT kind, state, count(*)::int AS count FROM notices GROUP BY kind, state`);
  }
}
