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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
