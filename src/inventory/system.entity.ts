import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { StoredDataSet } from './inventory.js';

/**
 * A system of the inventory. Its data sets are one JSONB document rather than child tables: they are always read
 * and written whole with their system (an edit replaces the list, the intake reads every set of a named system),
 * a system holds a handful of them, and a document keeps their order and shape as the API and files give them.
 * That a share names an existing customer is kept by the service under the inventory's lock (DatabaseLock.Inventory).
 */
@Entity('systems')
@Unique('systems_slug_key', ['slug'])
@Check('systems_slug_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('systems_data_sets_check', `jsonb_typeof(data_sets) = 'array'`)
export class InventorySystem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('jsonb', { name: 'data_sets' })
  dataSets: StoredDataSet[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
