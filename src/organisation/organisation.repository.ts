import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { DatabaseLock } from '../database/locks.js';
import { OrganisationRow } from './organisation.entity.js';
import type { OrganisationSettings } from './organisation.js';

const SINGLE_ROW = 1;

/** Every SQL statement of the organisation's single settings row. Methods that take an EntityManager join its transaction. */
@Injectable()
export class OrganisationRepository {
  constructor(@InjectRepository(OrganisationRow) private readonly rows: Repository<OrganisationRow>) {}

  /** The id its audit entries name. */
  readonly id = String(SINGLE_ROW);

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.rows.manager.transaction(work);
  }

  /** Outside any transaction. */
  get manager(): EntityManager {
    return this.rows.manager;
  }

  /** The stored settings, or null before the first change. */
  async settings(manager: EntityManager): Promise<Partial<OrganisationSettings> | null> {
    // Plain SQL: every intake reads the settings, and a query builder's compilation cost more than the query.
    const [row]: Pick<OrganisationRow, 'settings'>[] = await manager.query('SELECT settings FROM organisation WHERE id = $1', [SINGLE_ROW]);
    return row?.settings ?? null;
  }

  /** Holds changes to the settings one after another until the transaction ends (read, merge, write). */
  async lockForChange(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DatabaseLock.OrganisationSettings]);
  }

  async save(manager: EntityManager, settings: OrganisationSettings, at: Date): Promise<void> {
    await manager.getRepository(OrganisationRow).save({ id: SINGLE_ROW, settings, updatedAt: at });
  }
}
