import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every report made to meet a clock (a notice sent, a filing in a regulator's portal): when, how, and the
 * recipient's reference. The first meets the clock; later ones are updates (a DORA updated intermediate report)
 * from which a later phase may count.
 */
export class ClockFilings1764000000040 implements MigrationInterface {
  name = 'ClockFilings1764000000040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE clock_filings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        clock_id uuid NOT NULL CONSTRAINT "FK_clock_filings_clock" REFERENCES clocks(id),
        incident_id uuid NOT NULL CONSTRAINT "FK_clock_filings_incident" REFERENCES incidents(id),
        sent_at timestamptz NOT NULL,
        channel text NOT NULL CONSTRAINT "CHK_clock_filings_channel" CHECK (length(channel) BETWEEN 1 AND 500),
        external_reference text NOT NULL CONSTRAINT "CHK_clock_filings_reference" CHECK (length(external_reference) BETWEEN 1 AND 500),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX "IDX_clock_filings_incident" ON clock_filings (incident_id, sent_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE clock_filings`);
  }
}
