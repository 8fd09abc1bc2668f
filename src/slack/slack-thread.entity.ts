import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Every incident has one Slack thread: its first alert, under which the later ones are posted. */
@Entity('slack_threads')
export class SlackThread {
  @PrimaryColumn('uuid', { name: 'incident_id' })
  @ForeignKey('incidents', { name: 'slack_threads_incident_id_fkey' })
  incidentId: string;

  @Column('text')
  channel: string;

  @Column('text')
  ts: string;
}
