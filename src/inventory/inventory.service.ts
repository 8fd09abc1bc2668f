import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { AuditService, type Actor } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import { unstorableInput } from '../common/unstorable-input.js';
import type { Customer } from './customer.entity.js';
import { CustomersService, fieldsOf as customerFieldsOf } from './customers.service.js';
import type { InventoryDataSet } from './inventory-data-set.js';
import type { ImportCounts, ImportMode, ImportSummaryView } from './inventory-file.dto.js';
import { inventoryFromCsv, inventoryFromJson, inventoryJson, type InventoryFile, type InventoryFormat } from './inventory-file.js';
import type { SystemFields } from './inventory.js';
import { InventoryRepository } from './inventory.repository.js';
import type { InventorySystem } from './system.entity.js';
import { SystemsService, fieldsOf as systemFieldsOf } from './systems.service.js';

/**
 * What other modules read of the inventory (the data sets of named systems for the intake, the list to pick from),
 * and the inventory as a whole file, exported and imported.
 */
@Injectable()
export class InventoryService {
  constructor(
    private readonly repository: InventoryRepository,
    private readonly customers: CustomersService,
    private readonly systems: SystemsService,
    private readonly audit: AuditService,
  ) {}

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

  /** The whole inventory as a portable file: customers by name, systems by slug. */
  async export(): Promise<InventoryFile> {
    return this.repository.transaction(async (manager) => {
      const customers = await this.repository.customers(manager);
      const names = new Map(customers.map((customer) => [customer.id, customer.name]));
      const systems = (await this.repository.systems(manager)).map((system) => ({
        ...systemFieldsOf(system),
        dataSets: system.dataSets.map((dataSet) => ({
          ...dataSet,
          customers: dataSet.customers.map(({ customerId, ...figures }) => ({ customer: names.get(customerId)!, ...figures })),
        })),
      }));
      return inventoryJson({ customers: customers.map(customerFieldsOf), systems });
    });
  }

  /**
   * Applies a file in one transaction, or nothing: every problem of the file is answered at once (400), before
   * anything is written. Merge adds or updates by customer name and system slug; replace also deletes what the
   * file does not have. Each change is audited as its own endpoint would audit it, and the import as a whole.
   */
  async import(actor: Actor, format: InventoryFormat, content: unknown, mode: ImportMode): Promise<ImportSummaryView> {
    const unstorable = unstorableInput(content, '', 'file');
    if (unstorable.length) throw DomainError.invalid(unstorable);
    return this.customers.changing(async (manager) => {
      const existing = await this.repository.customers(manager);
      const known = new Set(mode === 'merge' ? existing.map((customer) => customer.name) : []);
      const { file, problems } = format === 'csv' ? inventoryFromCsv(String(content), known) : inventoryFromJson(content, known);
      if (!file) throw DomainError.invalid(problems);
      const summary: ImportSummaryView = { mode, customers: counts(), systems: counts() };

      const byName = new Map(existing.map((customer) => [customer.name, customer]));
      for (const customer of file.customers) {
        const fields = { ...customer, notes: customer.notes ?? null };
        const before = byName.get(fields.name);
        const outcome = outcomeOf(before && customerFieldsOf(before), fields);
        if (outcome === 'created') byName.set(fields.name, await this.customers.createIn(manager, actor, fields));
        if (outcome === 'updated') byName.set(fields.name, await this.customers.updateIn(manager, actor, before!, fields));
        summary.customers[outcome] += 1;
      }

      const systems = new Map((await this.repository.systems(manager)).map((system) => [system.slug, system]));
      for (const system of file.systems) {
        const fields: SystemFields = {
          ...system,
          description: system.description ?? null,
          dataSets: system.dataSets.map((dataSet) => ({
            ...dataSet,
            customers: dataSet.customers.map(({ customer, ...figures }) => ({ customerId: byName.get(customer)!.id, ...figures })),
          })),
        };
        const before = systems.get(fields.slug);
        const outcome = outcomeOf(before && systemFieldsOf(before), fields);
        if (outcome === 'created') await this.systems.createIn(manager, actor, fields);
        if (outcome === 'updated') await this.systems.updateIn(manager, actor, before!, fields);
        summary.systems[outcome] += 1;
      }

      if (mode === 'replace') {
        const slugs = new Set(file.systems.map((system) => system.slug));
        for (const system of [...systems.values()].filter((system) => !slugs.has(system.slug))) {
          await this.systems.deleteIn(manager, actor, system);
          summary.systems.deleted += 1;
        }
        const names = new Set(file.customers.map((customer) => customer.name));
        for (const customer of existing.filter((customer) => !names.has(customer.name))) {
          await this.customers.deleteIn(manager, actor, customer);
          summary.customers.deleted += 1;
        }
      }
      await this.audit.record(manager, actor, { action: 'inventory.imported', entityType: 'inventory', entityId: format, after: summary });
      return summary;
    });
  }
}

/** What importing `after` does to what the inventory holds under its key (`before`). */
function outcomeOf<T>(before: T | undefined, after: T): 'created' | 'updated' | 'unchanged' {
  if (before === undefined) return 'created';
  return isDeepStrictEqual(before, after) ? 'unchanged' : 'updated';
}

function counts(): ImportCounts {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
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
