import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from './user.entity.js';

/** An API token; only its SHA-256 is stored, the token itself is shown once. */
@Entity('api_tokens')
@Unique('api_tokens_token_hash_key', ['tokenHash'])
@Index('api_tokens_user_idx', ['userId'])
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'api_tokens_user_id_fkey' })
  user: User;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  /** The first characters of the token, so a person can tell their tokens apart. */
  @Column('text')
  prefix: string;

  @Column('text', { nullable: true })
  label: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
