import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { validateEscalationPolicy } from '../notifications/policy/escalation-policy.js';
import { applyOrganisationChange, withDefaults, type OrganisationChange, type OrganisationSettings } from './organisation.js';
import { OrganisationRow } from './organisation.entity.js';
import { DatabaseLock } from '../database/locks.js';

const SINGLE_ROW = 1;

@Injectable()
export class OrganisationService {
  // One read per transaction: an intake consults the settings for every clock it starts and every alert it plans.
  private readonly readInTransaction = new WeakMap<QueryRunner, OrganisationSettings>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<OrganisationSettings> {
    const runner = manager.queryRunner?.isTransactionActive ? manager.queryRunner : undefined;
    const remembered = runner && this.readInTransaction.get(runner);
    if (remembered) return remembered;
    const row = await manager.getRepository(OrganisationRow).findOneBy({ id: SINGLE_ROW });
    const settings = withDefaults(row?.settings ?? {});
    if (runner) this.readInTransaction.set(runner, settings);
    return settings;
  }

  /**
   * PUT and PATCH both land here: the change is merged over the current settings (the defaults before the
   * first change), the result checked as a whole, stored and audited with before and after.
   */
  async change(actor: Actor, change: OrganisationChange): Promise<OrganisationSettings> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DatabaseLock.OrganisationSettings]);
      const before = await this.get(manager);
      const after = applyOrganisationChange(before, change);
      const problems = validateEscalationPolicy(after.escalation).map((p) => ({ ...p, field: `escalation.${p.field}` }));
      if (problems.length) throw DomainError.invalid(problems);
      await manager.getRepository(OrganisationRow).save({ id: SINGLE_ROW, settings: after, updatedAt: this.time.now() });
      this.readInTransaction.set(manager.queryRunner!, after);
      await this.audit.record(manager, actor, { action: 'organisation.updated', entityType: 'organisation', entityId: String(SINGLE_ROW), before, after });
      return after;
    });
  }
}
