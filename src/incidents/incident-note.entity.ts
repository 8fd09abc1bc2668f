import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('incident_notes')
@Index('incident_notes_incident_idx', ['incidentId', 'createdAt'])
export class IncidentNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
  @ForeignKey('incidents', { name: 'incident_notes_incident_id_fkey' })
  incidentId: string;

  @Column('text')
  author: string;

  @Column('text', { name: 'author_name' })
  authorName: string;

  @Column('text')
  body: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
