// The audit chain as AuditService keeps it: appended inside the caller's transaction, verified end to end.
import { AuditService, type Actor } from '../../src/audit/audit.service';
import { GENESIS_HASH, lineParts } from '../../src/audit/hash-chain';
import { DatabaseLock } from '../../src/database/locks';
import type { StatementValue } from '../../src/database/sql-fragment';
import { NEW_REFERENCE } from '../../src/incidents/incidents.repository';
import { startIntegration, type Integration } from '../support/integration';
import { rewriteAuditEntry } from '../support/tamper';

const ACTOR: Actor = { id: 'user:00000000-0000-0000-0000-000000000001', name: 'Ioana Popescu' };

describe('AuditService on PostgreSQL', () => {
  let app: Integration;
  let audit: AuditService;

  beforeAll(async () => {
    app = await startIntegration();
    audit = app.get(AuditService);
  });
  afterAll(() => app.close());

  const entries = async () =>
    (await app.dataSource.query('SELECT id, action, entity_id, prev_hash, hash FROM audit_log ORDER BY id')) as {
      id: string;
      action: string;
      entity_id: string;
      prev_hash: string;
      hash: string;
    }[];

  const append = (entityId: string, actions: string[]) =>
    app.dataSource.transaction(async (manager) => {
      for (const action of actions)
        await audit.record(manager, ACTOR, { action, entityType: 'incident', entityId, after: { note: action } });
    });

  it('chains the lines of one transaction in the order they were recorded, each linked to the one before', async () => {
    const before = await entries();
    await append('first', ['incident.created', 'incident.note_added']);
    const after = await entries();
    const added = after.slice(before.length);
    expect(added.map((e) => [e.action, e.entity_id])).toEqual([
      ['incident.created', 'first'],
      ['incident.note_added', 'first'],
    ]);
    expect(added[0].prev_hash).toBe(before.at(-1)?.hash ?? GENESIS_HASH);
    expect(added[1].prev_hash).toBe(added[0].hash);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('writes nothing for a transaction that rolls back', async () => {
    const before = (await entries()).length;
    await expect(
      app.dataSource.transaction(async (manager) => {
        await audit.record(manager, ACTOR, { action: 'incident.closed', entityType: 'incident', entityId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await entries()).toHaveLength(before);
  });

  it('refuses a line recorded outside a transaction', async () => {
    await expect(
      audit.record(app.dataSource.manager, ACTOR, { action: 'incident.closed', entityType: 'incident', entityId: 'x' }),
    ).rejects.toThrow('inside the transaction');
  });

  // A line is chained at commit: what it appends must be the object as it was recorded, which is what was hashed.
  it('appends what was recorded, not what the recorded object became before the commit', async () => {
    const incident = { state: 'open', updatedAt: new Date('2026-10-24T07:00:00Z'), notes: ['first'] };
    await app.dataSource.transaction(async (manager) => {
      await audit.record(manager, ACTOR, {
        action: 'incident.updated',
        entityType: 'incident',
        entityId: 'changed-later',
        after: incident,
      });
      incident.state = 'closed';
      incident.updatedAt = new Date('2026-10-25T07:00:00Z');
      incident.notes.push('second');
    });
    const [line] = await app.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = 'changed-later'`);
    expect(line.after).toEqual({ state: 'open', updatedAt: '2026-10-24T07:00:00.000Z', notes: ['first'] });
    expect((await audit.verify()).ok).toBe(true);
  });

  // Migration 0270: the columns come from the hashed text. A service of before it (a rolling deploy) also sent them
  // beside it, and a slot's key; the function reads neither, and appends the same entry.
  it('appends a line as a service of before migration 0270 sent it', async () => {
    const fields = {
      at: new Date('2026-10-24T07:00:00Z'),
      actor: ACTOR.id,
      actorName: ACTOR.name,
      action: 'incident.created',
      entityType: 'incident',
      entityId: 'older-service',
      before: null,
      after: { reference: NEW_REFERENCE, title: 'Intruziune' },
    };
    const { text } = lineParts(fields, (value): value is StatementValue => value === NEW_REFERENCE);
    const line = { ...fields, at: fields.at.toISOString(), hashed: text, slots: [{ key: 'reference', value: 0 }] };
    await app.dataSource.transaction((manager) =>
      manager.query('SELECT audit_append($1::bigint, $2::jsonb, ARRAY[$3]::text[])', [
        DatabaseLock.AuditChain,
        JSON.stringify([line]),
        'BR-2026-0042',
      ]),
    );
    const [stored] = await app.dataSource.query(`SELECT at, actor_name, before, after FROM audit_log WHERE entity_id = 'older-service'`);
    expect(stored).toEqual({
      at: fields.at,
      actor_name: ACTOR.name,
      before: null,
      after: { reference: 'BR-2026-0042', title: 'Intruziune' },
    });
    expect((await audit.verify()).ok).toBe(true);
  });

  it('keeps one unbroken chain when transactions append at the same moment', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => append(`concurrent-${i}`, ['incident.created', 'incident.assessed'])));
    const chain = await entries();
    expect(chain.map((e) => Number(e.id))).toEqual(chain.map((_, i) => i + 1));
    chain.slice(1).forEach((entry, i) => expect(entry.prev_hash).toBe(chain[i].hash));
    expect(await audit.verify()).toMatchObject({ ok: true, entries: chain.length, firstBadEntry: null });
  });

  it('names the first entry whose content no longer matches its hash', async () => {
    await append('tampered', ['incident.created']);
    const chain = await entries();
    const victim = Number(chain[chain.length - 1].id);
    await rewriteAuditEntry(app.databaseUrl, victim, { note: 'rewritten' });
    const verification = await audit.verify();
    expect(verification).toMatchObject({ ok: false, firstBadEntry: victim });
    expect(verification.problems).toContain(`entry ${victim}: its hash, its link to the previous entry or its position is wrong`);
  });
});
