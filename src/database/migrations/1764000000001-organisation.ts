import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organisation1764000000001 implements MigrationInterface {
  name = 'Organisation1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation (
        id int PRIMARY KEY CHECK (id = 1),
        settings jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organisation`);
  }
}
