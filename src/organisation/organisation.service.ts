import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { validateEscalationPolicy } from '../notifications/policy/escalation-policy.js';
import { DEFAULT_ORGANISATION, type OrganisationSettings } from './organisation.js';
import { OrganisationRow } from './organisation.entity.js';

const SINGLE_ROW = 1;
const SETTINGS_LOCK = 7_331_004;

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
    const settings = row?.settings ?? (structuredClone(DEFAULT_ORGANISATION) as OrganisationSettings);
    if (runner) this.readInTransaction.set(runner, settings);
    return settings;
  }

  async replace(actor: Actor, settings: OrganisationSettings): Promise<OrganisationSettings> {
    const problems = validateEscalationPolicy(settings.escalation).map((p) => ({ ...p, field: `escalation.${p.field}` }));
    if (problems.length) throw DomainError.invalid(problems);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SETTINGS_LOCK]);
      const before = await this.get(manager);
      const normalised = { ...settings, leadAuthority: settings.leadAuthority ?? null };
      await manager.getRepository(OrganisationRow).save({ id: SINGLE_ROW, settings: normalised, updatedAt: this.time.now() });
      this.readInTransaction.set(manager.queryRunner!, normalised);
      await this.audit.record(manager, actor, { action: 'organisation.updated', entityType: 'organisation', entityId: String(SINGLE_ROW), before, after: normalised });
      return normalised;
    });
  }
}
