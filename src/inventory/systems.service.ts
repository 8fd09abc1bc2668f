import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import { CustomersService, definedOf } from './customers.service.js';
import { shareProblems, type StoredDataSet, type SystemFields } from './inventory.js';
import { InventoryRepository } from './inventory.repository.js';
import type { CreateSystemDto, DataSetDto, SystemView, UpdateSystemDto } from './system.dto.js';
import type { InventorySystem } from './system.entity.js';

/** The systems and the data sets each holds. Every change holds the inventory's lock and is audited in its transaction. */
@Injectable()
export class SystemsService {
  constructor(
    private readonly repository: InventoryRepository,
    private readonly customers: CustomersService,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  async list(): Promise<SystemView[]> {
    return this.views(this.repository.manager, await this.repository.systems(this.repository.manager));
  }

  async view(slug: string): Promise<SystemView> {
    const [view] = await this.views(this.repository.manager, [await this.get(slug, this.repository.manager)]);
    return view;
  }

  create(actor: Actor, input: CreateSystemDto): Promise<SystemView> {
    return this.customers.changing(async (manager) => {
      const fields = {
        slug: input.slug,
        name: input.name,
        description: input.description ?? null,
        dataSets: input.dataSets.map(storedDataSet),
      };
      await this.assertCustomersExist(manager, fields.dataSets);
      const [view] = await this.views(manager, [await this.createIn(manager, actor, fields)]);
      return view;
    });
  }

  update(actor: Actor, slug: string, change: UpdateSystemDto): Promise<SystemView> {
    return this.customers.changing(async (manager) => {
      const before = await this.get(slug, manager);
      const { dataSets, ...rest } = definedOf(change);
      const fields = { ...fieldsOf(before), ...rest, ...(dataSets ? { dataSets: dataSets.map(storedDataSet) } : {}) };
      await this.assertCustomersExist(manager, fields.dataSets);
      const [view] = await this.views(manager, [await this.updateIn(manager, actor, before, fields)]);
      return view;
    });
  }

  async get(slug: string, manager: EntityManager): Promise<InventorySystem> {
    const system = await this.repository.system(manager, slug);
    if (!system) throw DomainError.notFound('system', slug);
    return system;
  }

  delete(actor: Actor, slug: string): Promise<void> {
    return this.customers.changing(async (manager) => this.deleteIn(manager, actor, await this.get(slug, manager)));
  }

  /** Under the inventory's lock, with shares naming existing customers. */
  async createIn(manager: EntityManager, actor: Actor, fields: SystemFields): Promise<InventorySystem> {
    assertSharesValid(fields.dataSets);
    if (await this.repository.system(manager, fields.slug)) {
      throw new DomainError('CONFLICT', `a system with slug ${fields.slug} already exists`, [
        { field: 'slug', problem: 'is taken by another system' },
      ]);
    }
    const system = await this.repository.insertSystem(manager, fields, this.time.now());
    await this.audit.record(manager, actor, { action: 'system.created', entityType: 'system', entityId: system.id, after: fields });
    return system;
  }

  /** Under the inventory's lock, with shares naming existing customers. */
  async updateIn(manager: EntityManager, actor: Actor, before: InventorySystem, fields: SystemFields): Promise<InventorySystem> {
    assertSharesValid(fields.dataSets);
    const after = await this.repository.updateSystem(manager, before, fields, this.time.now());
    await this.audit.record(manager, actor, {
      action: 'system.updated',
      entityType: 'system',
      entityId: before.id,
      before: fieldsOf(before),
      after: fields,
    });
    return after;
  }

  /** Under the inventory's lock. */
  async deleteIn(manager: EntityManager, actor: Actor, system: InventorySystem): Promise<void> {
    await this.repository.deleteSystem(manager, system.id);
    await this.audit.record(manager, actor, {
      action: 'system.deleted',
      entityType: 'system',
      entityId: system.id,
      before: fieldsOf(system),
    });
  }

  /** The systems as the API shows them: each share with its customer's name. */
  async views(manager: EntityManager, systems: readonly InventorySystem[]): Promise<SystemView[]> {
    const ids = systems.flatMap((system) => system.dataSets.flatMap((dataSet) => dataSet.customers.map((share) => share.customerId)));
    const names = new Map((await this.repository.customersWithIds(manager, ids)).map((customer) => [customer.id, customer.name]));
    return systems.map((system) => ({
      ...system,
      dataSets: system.dataSets.map((dataSet) => ({
        ...dataSet,
        customers: dataSet.customers.map((share) => ({ ...share, customerName: names.get(share.customerId)! })),
      })),
    }));
  }

  private async assertCustomersExist(manager: EntityManager, dataSets: readonly StoredDataSet[]): Promise<void> {
    const ids = dataSets.flatMap((dataSet) => dataSet.customers.map((share) => share.customerId));
    const known = new Set((await this.repository.customersWithIds(manager, ids)).map((customer) => customer.id));
    const problems = dataSets.flatMap((dataSet, i) =>
      dataSet.customers.flatMap((share, j) =>
        known.has(share.customerId)
          ? []
          : [{ field: `dataSets[${i}].customers[${j}].customerId`, problem: `names no customer: ${share.customerId}` }],
      ),
    );
    if (problems.length) throw DomainError.invalid(problems);
  }
}

function assertSharesValid(dataSets: readonly StoredDataSet[]): void {
  const problems = shareProblems(dataSets, (share) => share.customerId, 'customerId');
  if (problems.length) throw DomainError.invalid(problems);
}

/** A data set as stored: no customers is an empty list, e-communications defaults to false, absent figures stay absent. */
export function storedDataSet(dataSet: DataSetDto): StoredDataSet {
  return {
    ...definedOf(dataSet),
    electronicCommunications: dataSet.electronicCommunications ?? false,
    customers: (dataSet.customers ?? []).map((share) => ({ ...definedOf(share) })),
  } as StoredDataSet;
}

export function fieldsOf(system: InventorySystem): SystemFields {
  const { slug, name, description, dataSets } = system;
  return { slug, name, description, dataSets };
}
