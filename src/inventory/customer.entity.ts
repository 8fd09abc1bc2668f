import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Language } from './inventory.js';

/** A controller we process data for, with the DPA's contact and window for breach warnings (Art. 33(2), 28(3)(f)). */
@Entity('customers')
@Unique('customers_name_key', ['name'])
@Check('customers_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('customers_notice_hours_check', `notice_hours BETWEEN 1 AND 720`)
@Check('customers_language_check', `language IN ('ro','en')`)
export class Customer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique: an exported inventory names customers by it, so the file is portable between installations. */
  @Column('text')
  name: string;

  @Column('text')
  contact: string;

  @Column('integer', { name: 'notice_hours' })
  noticeHours: number;

  @Column('text')
  language: Language;

  @Column('text', { nullable: true })
  notes: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
