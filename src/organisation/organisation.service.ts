import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryRunner } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { validateEscalationPolicy } from './escalation-policy.js';
import { applyOrganisationChange, withDefaults, type OrganisationChange, type OrganisationSettings } from './organisation.js';
import { OrganisationRepository } from './organisation.repository.js';

@Injectable()
export class OrganisationService {
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
   * PUT and PATCH both land here: the change is merged over the current settings (the defaults before the
   * first change), the result checked as a whole, stored and audited with before and after.
   */
  async change(actor: Actor, change: OrganisationChange): Promise<OrganisationSettings> {
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
