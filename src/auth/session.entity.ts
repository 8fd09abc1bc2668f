import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from './user.entity.js';

/** A console sign-in. The cookie carries a random secret; only its SHA-256 is stored. */
@Entity('sessions')
@Unique('sessions_token_hash_key', ['tokenHash'])
@Index('sessions_user_idx', ['userId'])
@Index('sessions_expires_at_idx', ['expiresAt'])
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_id_fkey' })
  user: User;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  /** Sent back as X-CSRF-Token on every state-changing request; useless without the cookie. */
  @Column('text', { name: 'csrf_token' })
  csrfToken: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt: Date;

  /** The absolute end (SESSION_MAX_HOURS after sign-in), whatever the activity. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent: string | null;

  @Column('text', { nullable: true })
  ip: string | null;

  /** Signed in with a TOTP or recovery code, not a password alone. */
  @Column('boolean', { name: 'second_factor' })
  secondFactor: boolean;
}
