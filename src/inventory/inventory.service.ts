import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import type { Customer } from './customer.entity.js';
import type { InventoryDataSet } from './inventory-data-set.js';
import { InventoryRepository } from './inventory.repository.js';
import type { InventorySystem } from './system.entity.js';

/** What other modules read of the inventory: the data sets of named systems (the intake) and the list to pick from. */
@Injectable()
export class InventoryService {
  constructor(private readonly repository: InventoryRepository) {}

  /**
   * Every data set of the named systems, in the order named, each processor set's customers joined in with their
   * contact and window. A slug that names no system is invalid input, one line per slug.
   */
  async dataSetsFor(slugs: string[], manager: EntityManager = this.repository.manager): Promise<InventoryDataSet[]> {
    const systems = new Map((await this.repository.systemsWithSlugs(manager, slugs)).map((system) => [system.slug, system]));
    const unknown = [...new Set(slugs)].filter((slug) => !systems.has(slug));
    if (unknown.length)
      throw DomainError.invalid(unknown.map((slug) => ({ field: 'systems', problem: `names no system in the inventory: ${slug}` })));
    const named = [...new Set(slugs)].map((slug) => systems.get(slug)!);
    const customerIds = named.flatMap((system) => system.dataSets.flatMap((dataSet) => dataSet.customers.map((share) => share.customerId)));
    const customers = new Map((await this.repository.customersWithIds(manager, customerIds)).map((customer) => [customer.id, customer]));
    return named.flatMap((system) => inventoryDataSets(system, customers));
  }

  /** Slug and name of every system, by name: the Slack modal's and the console's picker. */
  systemOptions(manager: EntityManager = this.repository.manager): Promise<{ slug: string; name: string }[]> {
    return this.repository.systemOptions(manager);
  }
}

function inventoryDataSets(system: InventorySystem, customers: ReadonlyMap<string, Customer>): InventoryDataSet[] {
  return system.dataSets.map(({ customers: shares, ...dataSet }) => ({
    ...dataSet,
    systemSlug: system.slug,
    systemName: system.name,
    customers: shares.map((share) => {
      // The inventory's lock keeps every share's customer in place (a named customer cannot be deleted).
      const { id, name, contact, noticeHours, language } = customers.get(share.customerId)!;
      return { ...share, customerId: id, name, contact, noticeHours, language };
    }),
  }));
}
