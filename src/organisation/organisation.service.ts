import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { validateEscalationPolicy } from '../notifications/policy/escalation-policy.js';
import { DEFAULT_ORGANISATION, type OrganisationSettings } from './organisation.js';
import { OrganisationRow } from './organisation.entity.js';

const SINGLE_ROW = 1;

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<OrganisationSettings> {
    const row = await manager.getRepository(OrganisationRow).findOneBy({ id: SINGLE_ROW });
    return row?.settings ?? structuredClone(DEFAULT_ORGANISATION) as OrganisationSettings;
  }

  async replace(actor: Actor, settings: OrganisationSettings): Promise<OrganisationSettings> {
    const problems = validateEscalationPolicy(settings.escalation).map((p) => ({ ...p, field: `escalation.${p.field}` }));
    if (problems.length) throw DomainError.invalid(problems);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [7_331_004]);
      const before = await this.get(manager);
      const normalised = { ...settings, leadAuthority: settings.leadAuthority ?? null };
      await manager.getRepository(OrganisationRow).save({ id: SINGLE_ROW, settings: normalised, updatedAt: this.time.now() });
      await this.audit.record(manager, actor, { action: 'organisation.updated', entityType: 'organisation', entityId: String(SINGLE_ROW), before, after: normalised });
      return normalised;
    });
  }
}
