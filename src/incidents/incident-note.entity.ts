import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('incident_notes')
export class IncidentNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'incident_id' })
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
