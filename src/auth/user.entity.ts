import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Role } from './roles.js';

// Constraints as migration 0000 named them, so `migration:generate` sees them as they are.
@Entity('users')
@Check('users_name_check', `length(name) BETWEEN 1 AND 200`)
@Check('users_roles_check', `roles <@ ARRAY['reporter','responder','dpo','admin']::text[]`)
@Unique('users_email_key', ['email'])
@Unique('users_slack_user_id_key', ['slackUserId'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  @Column('text', { array: true })
  roles: Role[];

  @Column('text', { name: 'slack_user_id', nullable: true })
  slackUserId: string | null;

  /** Set: the user is refused everywhere (API tokens, Slack); the row stays for the audit trail. */
  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  /** argon2id (PHC string); null until the user accepts an invitation: no console sign-in. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  /** The enrolled TOTP secret (base32); null: no authenticator enrolled. */
  @Column('text', { name: 'totp_secret', nullable: true })
  totpSecret: string | null;

  /** The time step of the last TOTP code accepted: a code is accepted once, and never one of an earlier step. */
  @Column('integer', { name: 'totp_last_step', nullable: true })
  totpLastStep: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
