import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { SqlFragment } from '../database/sql-fragment.js';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { validateEscalationPolicy } from './escalation-policy.js';
import { applyOrganisationChange, withDefaults, type OrganisationChange, type OrganisationSettings } from './organisation.js';
import { OrganisationRepository } from './organisation.repository.js';

/** Settings a statement is built from, with the guard that fails that statement if they changed since. */
export interface GuardedSettings {
  settings: OrganisationSettings;
  unchanged: SqlFragment;
}

@Injectable()
export class OrganisationService {
  // The intake's copy, kept between changes. Never trusted alone: each statement built from it carries its guard.
  private guarded: Promise<GuardedSettings> | undefined;

  // One read per transaction: an intake consults the settings for every clock it starts and every alert it plans.
  private readonly readInTransaction = new WeakMap<QueryRunner, OrganisationSettings>();

  constructor(
    private readonly repository: OrganisationRepository,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  async get(manager: EntityManager = this.repository.manager): Promise<OrganisationSettings> {
    const runner = manager.queryRunner?.isTransactionActive ? manager.queryRunner : undefined;
    const remembered = runner && this.readInTransaction.get(runner);
    if (remembered) return remembered;
    const settings = withDefaults((await this.repository.settings(manager)) ?? {});
    if (runner) this.readInTransaction.set(runner, settings);
    return settings;
  }

  /**
   * The settings for one statement outside any transaction (a new incident's), from an in-process copy: no read per
   * intake. A copy gone stale (a change by another instance, or by hand in SQL) cannot decide anything, since the
   * guard fails the statement, which then reads again (settingsChanged) and retries: an intake's clocks and alerts
   * are always those of the settings current when its statement runs, never of an older version.
   */
  forStatement(): Promise<GuardedSettings> {
    this.guarded ??= this.repository.versionedSettings().then(
      ({ settings, version }) => ({
        settings: frozen(withDefaults(settings ?? {})),
        unchanged: this.repository.unchangedFragment(version),
      }),
      (error: unknown) => {
        this.guarded = undefined;
        throw error;
      },
    );
    return this.guarded;
  }

  /** True when a statement failed on forStatement's guard; the copy is dropped, so the next forStatement reads again. */
  settingsChanged(error: unknown): boolean {
    if (!this.repository.isSettingsChanged(error)) return false;
    this.guarded = undefined;
    return true;
  }

  /**
   * PUT and PATCH both land here: the change is merged over the current settings (the defaults before the
   * first change), the result checked as a whole, stored and audited with before and after.
   */
  async change(actor: Actor, change: OrganisationChange): Promise<OrganisationSettings> {
    try {
      return await this.changeInTransaction(actor, change);
    } finally {
      // This instance's next intake reads the new settings at once instead of failing its guard first.
      this.guarded = undefined;
    }
  }

  private changeInTransaction(actor: Actor, change: OrganisationChange): Promise<OrganisationSettings> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockForChange(manager);
      const before = await this.get(manager);
      const after = applyOrganisationChange(before, change);
      const problems = validateEscalationPolicy(after.escalation).map((p) => ({ ...p, field: `escalation.${p.field}` }));
      if (problems.length) throw DomainError.invalid(problems);
      await this.repository.save(manager, after, this.time.now());
      this.readInTransaction.set(manager.queryRunner!, after);
      await this.audit.record(manager, actor, {
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: this.repository.id,
        before,
        after,
      });
      return after;
    });
  }
}

/** The copy is shared by every intake until the next change: frozen, so no reader can change it under the others. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) frozen(child);
  }
  return value;
}
