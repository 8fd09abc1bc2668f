import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Account lockouts move from each instance's memory into PostgreSQL (the runtime role's grants are by default privileges, 0090). */
export class SignInLockouts1764000000240 implements MigrationInterface {
  name = 'SignInLockouts1764000000240';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE sign_in_lockouts (
         account_hash text NOT NULL,
         failures timestamptz[] NOT NULL,
         locked_until timestamptz,
         CONSTRAINT sign_in_lockouts_pkey PRIMARY KEY (account_hash)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_lockouts`);
  }
}
