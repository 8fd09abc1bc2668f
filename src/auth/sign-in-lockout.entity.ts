import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins or step-ups of one account, shared by every instance and kept across restarts: an attacker
 * gets the same five tries whichever instance answers. The account (an email or a user id) is stored only as
 * its SHA-256, so the table names nobody.
 */
@Entity('sign_in_lockouts')
export class SignInLockout {
  @PrimaryColumn('text', { name: 'account_hash', primaryKeyConstraintName: 'sign_in_lockouts_pkey' })
  accountHash: string;

  /** The failures that still count, oldest first. */
  @Column('timestamptz', { array: true })
  failures: Date[];

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil: Date | null;
}
