import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Every text a notice ever had, so an approval or a sent record can be matched to its exact words. */
@Entity('notice_versions')
export class NoticeVersion {
  @PrimaryColumn('uuid', { name: 'notice_id' })
  @ForeignKey('notices', { name: 'notice_versions_notice_id_fkey' })
  noticeId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('text')
  body: string;

  @Column('text', { name: 'body_hash' })
  bodyHash: string;

  @Column('text', { name: 'reasons_for_delay', nullable: true })
  reasonsForDelay: string | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
