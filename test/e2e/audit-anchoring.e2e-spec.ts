// Issue #13.12: the service cannot rewrite its own history, and a rewrite by whoever owns the database is caught
// by checkpoints signed with a key the database never sees.
import { createPublicKey, verify } from 'node:crypto';
import { entryHash } from '../../src/audit/hash-chain';
import { RUNTIME_ROLE } from '../../src/database/database-roles';
import { AuditHeadPoster } from '../../src/slack/audit-head-poster.service';
import { anIncident } from '../support/factories';
import type { FakeSlack } from '../support/fake-slack';
import { FakeTimeSource, hours } from '../support/fake-time';
import { SlackEnvironment } from '../support/slack-environment';
import { asOwnerWithoutAuditTrigger } from '../support/tamper';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, withClient } from '../support/test-database';

async function logIncidents(t: TestApp, count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await t
      .api()
      .post('/api/v1/incidents')
      .send(anIncident({ title: `Anchored ${i}` }))
      .expect(201);
}

describe('the service runs as a least-privileged database role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await logIncidents(t, 1);
  });
  afterAll(() => t.close());

  it('acts as the runtime role, not as the owner', async () => {
    const [row] = await t.dataSource.query('SELECT current_user AS who');
    expect(row.who).toBe(RUNTIME_ROLE);
  });

  it.each([
    ['update an entry', `UPDATE audit_log SET actor = 'x' WHERE id = 1`],
    ['delete an entry', `DELETE FROM audit_log WHERE id = 1`],
    ['truncate the log', `TRUNCATE audit_log`],
    ['change a checkpoint', `UPDATE audit_checkpoints SET entries = 0`],
    ['delete checkpoints', `DELETE FROM audit_checkpoints`],
  ])('may not %s', async (_, sql) => {
    await expect(t.dataSource.query(sql)).rejects.toThrow(/permission denied/);
  });

  it('may not switch off the append-only trigger or drop the log', async () => {
    await expect(t.dataSource.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only')).rejects.toThrow(/must be owner/);
    await expect(t.dataSource.query('DROP TABLE audit_log')).rejects.toThrow(/must be owner/);
  });

  it('still reads and writes the working tables (the suite runs on this role)', async () => {
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM incidents');
    expect(row.n).toBe(1);
  });
});

describe('signed checkpoints anchor the audit chain', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it('export with a public key that verifies every signature, as an auditor would', async () => {
    await logIncidents(t, 2);
    const signed = await t.api().post('/api/v1/audit/checkpoints').expect(200);
    const exported = await t.api().get('/api/v1/audit/checkpoints').expect(200);
    expect(exported.body.checkpoints[0]).toEqual(signed.body);
    const publicKey = createPublicKey(exported.body.publicKey);
    for (const c of exported.body.checkpoints) {
      const bytes = Buffer.from(`breach-desk audit checkpoint v1\n${c.entries}\n${c.headHash}\n${c.at}\n`);
      expect(verify(null, bytes, publicKey, Buffer.from(c.signature, 'base64'))).toBe(true);
    }
    const [head] = await t.dataSource.query('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
    expect(signed.body).toMatchObject({ entries: Number(head.id), headHash: head.hash, keyId: exported.body.keyId });
    await t
      .api()
      .get('/api/v1/audit/checkpoints?limit=0')
      .expect(400)
      .expect((r) => expect(r.body.message.join(' ')).toMatch(/limit/));
  });

  it('reports the entries missing when the tail is deleted', async () => {
    await logIncidents(t, 3);
    const { body: checkpoint } = await t.api().post('/api/v1/audit/checkpoints').expect(200);
    await asOwnerWithoutAuditTrigger(t.databaseUrl, (owner) =>
      owner.query('DELETE FROM audit_log WHERE id > $1', [checkpoint.entries - 2]),
    );

    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body).toMatchObject({
      ok: false,
      entries: checkpoint.entries - 2,
      missingEntries: { from: checkpoint.entries - 1, to: checkpoint.entries },
      rewritten: false,
    });
    expect(verified.body.problems.join(' ')).toMatch(/are missing/);
  });

  it('reports a chain rewritten and re-hashed from an entry on', async () => {
    await logIncidents(t, 3);
    await t.api().post('/api/v1/audit/checkpoints').expect(200);
    await asOwnerWithoutAuditTrigger(t.databaseUrl, async (owner) => {
      await owner.query(`UPDATE audit_log SET actor_name = 'Someone else' WHERE id = 2`);
      // recompute every hash from the edited entry on, so the chain links up again
      const rows = (await owner.query('SELECT * FROM audit_log ORDER BY id')).rows;
      let prevHash = rows[0].hash as string;
      for (const row of rows.slice(1)) {
        const fields = {
          id: Number(row.id),
          at: row.at,
          actor: row.actor,
          actorName: row.actor_name,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          before: row.before,
          after: row.after,
          prevHash,
        };
        prevHash = entryHash(fields);
        await owner.query('UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE id = $3', [fields.prevHash, prevHash, row.id]);
      }
    });

    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: false, rewritten: true, firstBadEntry: 1 });
    expect(verified.body.problems.join(' ')).toMatch(/rewritten/);
  });

  it('still finds the deleted tail when the checkpoints in the database were deleted too (the copy in DATA_DIR)', async () => {
    await logIncidents(t, 2);
    const { body: checkpoint } = await t.api().post('/api/v1/audit/checkpoints').expect(200);
    await asOwnerWithoutAuditTrigger(t.databaseUrl, async (owner) => {
      await owner.query('DELETE FROM audit_checkpoints');
      await owner.query('DELETE FROM audit_log WHERE id = $1', [checkpoint.entries]);
    });

    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body).toMatchObject({ ok: false, missingEntries: { from: checkpoint.entries, to: checkpoint.entries } });
  });

  it('refuses a checkpoint forged in the database under its key', async () => {
    const { body: real } = await t.api().post('/api/v1/audit/checkpoints').expect(200);
    await withClient(t.databaseUrl, (owner) =>
      owner.query(`INSERT INTO audit_checkpoints (at, entries, head_hash, key_id, signature) VALUES (now(), $1, $2, $3, $4)`, [
        real.entries,
        real.headHash,
        real.keyId,
        Buffer.alloc(64).toString('base64'),
      ]),
    );
    const verified = await t.api().get('/api/v1/audit/verify').expect(200);
    expect(verified.body.ok).toBe(false);
    expect(verified.body.problems.join(' ')).toMatch(/signature is false/);
  });
});

describe('checkpoints at shutdown', () => {
  it('signs the head when the service stops, found again after a restart', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestApp({ databaseUrl: database.url });
      await logIncidents(first, 2);
      await first.close();
      const second = await startTestApp({ databaseUrl: database.url });
      try {
        const [head] = await second.dataSource.query('SELECT max(id)::int AS entries FROM audit_log');
        const exported = await second.api().get('/api/v1/audit/checkpoints').expect(200);
        expect(exported.body.checkpoints[0].entries).toBe(head.entries);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('the signed head, once a day in Slack', () => {
  const time = new FakeTimeSource('2026-12-01T08:00:00Z');
  let fake: FakeSlack;
  let t: TestApp;
  let slack: SlackEnvironment;
  beforeAll(async () => {
    slack = await SlackEnvironment.start({ time, channel: 'C0AUDIT' });
    ({ t, fake } = slack);
  });
  afterAll(() => slack.close());

  const headPosts = () => fake.messagesIn('C0AUDIT').filter((m) => m.text?.startsWith('Audit trail, signed head'));

  it('posts the freshly signed head once a day, however often (or by however many instances) it is asked', async () => {
    await logIncidents(t, 1);
    const poster = t.app.get(AuditHeadPoster);
    expect(await poster.postTodaysHead()).toBe(true);
    expect(await poster.postTodaysHead()).toBe(false);
    const [latest] = (await t.api().get('/api/v1/audit/checkpoints').expect(200)).body.checkpoints;
    expect(headPosts()).toHaveLength(1);
    expect(headPosts()[0].text).toContain(latest.headHash);
    expect(headPosts()[0].text).toContain(latest.signature);

    time.advance(hours(24));
    expect(await poster.postTodaysHead()).toBe(true);
    expect(headPosts()).toHaveLength(2);
  });

  it('tries again when Slack failed, instead of skipping the day', async () => {
    time.advance(hours(24));
    fake.failNext(1, { error: 'channel_not_found' });
    const poster = t.app.get(AuditHeadPoster);
    expect(await poster.postTodaysHead()).toBe(false);
    const before = headPosts().length;
    expect(await poster.postTodaysHead()).toBe(true);
    expect(headPosts()).toHaveLength(before + 1);
  });
});
