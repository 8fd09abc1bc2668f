import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { DatabaseLock } from '../database/locks.js';
import { Customer } from './customer.entity.js';
import type { CustomerFields, SystemFields } from './inventory.js';
import { InventorySystem } from './system.entity.js';

/** Every SQL statement of the inventory's tables (customers, systems). Methods that take an EntityManager join its transaction. */
@Injectable()
export class InventoryRepository {
  constructor(@InjectRepository(Customer) private readonly customerRows: Repository<Customer>) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.customerRows.manager.transaction(work);
  }

  /** Outside any transaction. */
  get manager(): EntityManager {
    return this.customerRows.manager;
  }

  /** Holds inventory changes one after another until the transaction ends (check references, then write). */
  async lockForChange(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DatabaseLock.Inventory]);
  }

  customers(manager: EntityManager): Promise<Customer[]> {
    return manager.getRepository(Customer).find({ order: { name: 'ASC' } });
  }

  customer(manager: EntityManager, id: string): Promise<Customer | null> {
    return manager.getRepository(Customer).findOneBy({ id });
  }

  customerNamed(manager: EntityManager, name: string): Promise<Customer | null> {
    return manager.getRepository(Customer).findOneBy({ name });
  }

  customersWithIds(manager: EntityManager, ids: readonly string[]): Promise<Customer[]> {
    return ids.length ? manager.getRepository(Customer).findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  insertCustomer(manager: EntityManager, fields: CustomerFields, at: Date): Promise<Customer> {
    return manager.getRepository(Customer).save({ ...fields, createdAt: at, updatedAt: at });
  }

  async updateCustomer(manager: EntityManager, customer: Customer, fields: CustomerFields, at: Date): Promise<Customer> {
    return manager.getRepository(Customer).save({ ...customer, ...fields, updatedAt: at });
  }

  async deleteCustomer(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(Customer).delete({ id });
  }

  systems(manager: EntityManager): Promise<InventorySystem[]> {
    return manager.getRepository(InventorySystem).find({ order: { slug: 'ASC' } });
  }

  system(manager: EntityManager, slug: string): Promise<InventorySystem | null> {
    return manager.getRepository(InventorySystem).findOneBy({ slug });
  }

  systemsWithSlugs(manager: EntityManager, slugs: readonly string[]): Promise<InventorySystem[]> {
    return slugs.length ? manager.getRepository(InventorySystem).findBy({ slug: In([...new Set(slugs)]) }) : Promise.resolve([]);
  }

  /** The systems (slug and name only) for a picker. */
  async systemOptions(manager: EntityManager): Promise<{ slug: string; name: string }[]> {
    return manager.getRepository(InventorySystem).find({ select: { slug: true, name: true }, order: { name: 'ASC', slug: 'ASC' } });
  }

  /** Slugs of the systems with a data set that names the customer. */
  async systemsNaming(manager: EntityManager, customerId: string): Promise<string[]> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM systems
        WHERE jsonb_path_exists(data_sets, '$[*].customers[*] ? (@.customerId == $id)', jsonb_build_object('id', $1::text))
        ORDER BY slug`,
      [customerId],
    );
    return rows.map((row) => row.slug);
  }

  insertSystem(manager: EntityManager, fields: SystemFields, at: Date): Promise<InventorySystem> {
    return manager.getRepository(InventorySystem).save({ ...fields, createdAt: at, updatedAt: at });
  }

  updateSystem(manager: EntityManager, system: InventorySystem, fields: SystemFields, at: Date): Promise<InventorySystem> {
    return manager.getRepository(InventorySystem).save({ ...system, ...fields, updatedAt: at });
  }

  async deleteSystem(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(InventorySystem).delete({ id });
  }
}
