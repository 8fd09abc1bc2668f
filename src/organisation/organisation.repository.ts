import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { DatabaseLock } from '../database/locks.js';
import type { SqlFragment } from '../database/sql-fragment.js';
import { OrganisationRow } from './organisation.entity.js';
import type { OrganisationSettings } from './organisation.js';

const SINGLE_ROW = 1;
// Raised by organisation_settings_unchanged() (migration 0200).
const SETTINGS_CHANGED = 'BDS01';

/** The stored settings (null before the first change) and the row's version (null when there is no row). */
export interface VersionedSettings {
  settings: Partial<OrganisationSettings> | null;
  version: string | null;
}

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

  /** The settings with their version: the row's xmin, which every write changes, whoever makes it. */
  async versionedSettings(): Promise<VersionedSettings> {
    const [row]: { settings: Partial<OrganisationSettings>; version: string }[] = await this.rows.query(
      'SELECT settings, xmin::text AS version FROM organisation WHERE id = $1',
      [SINGLE_ROW],
    );
    return { settings: row?.settings ?? null, version: row?.version ?? null };
  }

  /** Part of a caller's statement: fails the whole statement unless the settings are still at `version`. */
  unchangedFragment(version: string | null): SqlFragment {
    return (bind) => `SELECT organisation_settings_unchanged(${bind(version)}::text)`;
  }

  /** True for the error unchangedFragment's statement fails with when the settings moved on. */
  isSettingsChanged(error: unknown): boolean {
    return (error as { code?: unknown } | null)?.code === SETTINGS_CHANGED;
  }

  /** Holds changes to the settings one after another until the transaction ends (read, merge, write). */
  async lockForChange(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DatabaseLock.OrganisationSettings]);
  }

  async save(manager: EntityManager, settings: OrganisationSettings, at: Date): Promise<void> {
    await manager.getRepository(OrganisationRow).save({ id: SINGLE_ROW, settings, updatedAt: at });
  }
}
