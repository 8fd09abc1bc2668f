import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A report made to meet a clock: a notice sent, or a filing in a regulator's portal (migration 1764000000040). */
@Entity('clock_filings')
@Index('IDX_clock_filings_incident', ['incidentId', 'sentAt'])
@Check('CHK_clock_filings_channel', 'length(channel) BETWEEN 1 AND 500')
@Check('CHK_clock_filings_reference', 'length(external_reference) BETWEEN 1 AND 500')
export class ClockFiling {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'clock_id' })
  @ForeignKey('clocks', { name: 'FK_clock_filings_clock' })
  clockId: string;

  @Column('uuid', { name: 'incident_id' })
  @ForeignKey('incidents', { name: 'FK_clock_filings_incident' })
  incidentId: string;

  /** When the report reached the recipient (UTC). */
  @Column('timestamptz', { name: 'sent_at' })
  sentAt: Date;

  /** 'DNSC portal', 'ANSPDCP e-mail, electronically signed' */
  @Column('text')
  channel: string;

  /** The recipient's registration number or ticket. */
  @Column('text', { name: 'external_reference' })
  externalReference: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
