import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { TimeSource } from '../common/time-source.js';
import type { Customer } from './customer.entity.js';
import type { CreateCustomerDto, UpdateCustomerDto } from './customer.dto.js';
import { DEFAULT_NOTICE_HOURS, type CustomerFields } from './inventory.js';
import { InventoryRepository } from './inventory.repository.js';

/** The controllers we process for. Every change holds the inventory's lock and is audited in its transaction. */
@Injectable()
export class CustomersService {
  constructor(
    private readonly repository: InventoryRepository,
    private readonly audit: AuditService,
    private readonly time: TimeSource,
  ) {}

  list(): Promise<Customer[]> {
    return this.repository.customers(this.repository.manager);
  }

  async get(id: string, manager: EntityManager = this.repository.manager): Promise<Customer> {
    const customer = await this.repository.customer(manager, id);
    if (!customer) throw DomainError.notFound('customer', id);
    return customer;
  }

  create(actor: Actor, input: CreateCustomerDto): Promise<Customer> {
    return this.changing((manager) => this.createIn(manager, actor, withDefaults(input)));
  }

  update(actor: Actor, id: string, change: UpdateCustomerDto): Promise<Customer> {
    return this.changing(async (manager) => {
      const before = await this.get(id, manager);
      return this.updateIn(manager, actor, before, { ...fieldsOf(before), ...definedOf(change) });
    });
  }

  /** Refused (409) while a system's data set names the customer: its figures would lose their controller. */
  delete(actor: Actor, id: string): Promise<void> {
    return this.changing(async (manager) => this.deleteIn(manager, actor, await this.get(id, manager)));
  }

  /** Runs `work` in a transaction holding the inventory's lock. */
  changing<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockForChange(manager);
      return work(manager);
    });
  }

  /** Under the inventory's lock. */
  async createIn(manager: EntityManager, actor: Actor, fields: CustomerFields): Promise<Customer> {
    await this.assertNameFree(manager, fields.name);
    const customer = await this.repository.insertCustomer(manager, fields, this.time.now());
    await this.audit.record(manager, actor, { action: 'customer.created', entityType: 'customer', entityId: customer.id, after: fields });
    return customer;
  }

  /** Under the inventory's lock. */
  async updateIn(manager: EntityManager, actor: Actor, before: Customer, fields: CustomerFields): Promise<Customer> {
    if (fields.name !== before.name) await this.assertNameFree(manager, fields.name);
    const after = await this.repository.updateCustomer(manager, before, fields, this.time.now());
    await this.audit.record(manager, actor, {
      action: 'customer.updated',
      entityType: 'customer',
      entityId: before.id,
      before: fieldsOf(before),
      after: fields,
    });
    return after;
  }

  /** Under the inventory's lock. */
  async deleteIn(manager: EntityManager, actor: Actor, customer: Customer): Promise<void> {
    const naming = await this.repository.systemsNaming(manager, customer.id);
    if (naming.length) {
      throw new DomainError(
        'CONFLICT',
        `customer ${customer.name} is named by the data sets of ${naming.join(', ')}: remove it there first. Nothing was deleted.`,
      );
    }
    await this.repository.deleteCustomer(manager, customer.id);
    await this.audit.record(manager, actor, {
      action: 'customer.deleted',
      entityType: 'customer',
      entityId: customer.id,
      before: fieldsOf(customer),
    });
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await this.repository.customerNamed(manager, name)) {
      throw new DomainError('CONFLICT', `a customer named ${name} already exists`, [
        { field: 'name', problem: 'is taken by another customer' },
      ]);
    }
  }
}

export function withDefaults(input: CreateCustomerDto): CustomerFields {
  return {
    name: input.name,
    contact: input.contact,
    noticeHours: input.noticeHours ?? DEFAULT_NOTICE_HOURS,
    language: input.language ?? 'ro',
    notes: input.notes ?? null,
  };
}

export function fieldsOf(customer: Customer): CustomerFields {
  const { name, contact, noticeHours, language, notes } = customer;
  return { name, contact, noticeHours, language, notes };
}

/** The fields a PATCH sent (class-transformer leaves absent ones undefined). */
export function definedOf<T extends object>(change: T): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<T>;
}
