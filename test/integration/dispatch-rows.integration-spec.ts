// The dispatch round's statements are plain SQL (they run every 100 ms under intake load): what they read must be what
// TypeORM's own reads give, value for value, and the outbox rows they write must get their own ids.
import { In } from 'typeorm';
import type { Actor } from '../../src/audit/audit.service';
import { Clock } from '../../src/clocks/clock.entity';
import { ClocksRepository } from '../../src/clocks/clocks.repository';
import { IncidentsService } from '../../src/incidents/incidents.service';
import { EscalationStepRow } from '../../src/notifications/escalation-step.entity';
import { EscalationStepsRepository } from '../../src/notifications/escalation-steps.repository';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { OutboxRepository } from '../../src/notifications/outbox.repository';
import { anIncident } from '../support/factories';
import { startIntegration, type Integration } from '../support/integration';

const REPORTER: Actor = { id: 'user:00000000-0000-0000-0000-000000000001', name: 'Ioana Popescu' };

describe('the dispatch round on PostgreSQL', () => {
  let app: Integration;
  let incidentIds: string[];

  beforeAll(async () => {
    app = await startIntegration();
    const incidents = app.get(IncidentsService);
    incidentIds = [];
    for (let n = 0; n < 2; n++) incidentIds.push((await incidents.create(REPORTER, anIncident({ title: `Incident ${n}` }))).incident.id);
  });
  afterAll(() => app.close());

  it('reads clocks and due alerts as TypeORM does: same entities, same types (bigint ids as numbers)', async () => {
    const clocks = await app.dataSource.getRepository(Clock).find({ where: { incidentId: In(incidentIds) }, order: { id: 'ASC' } });
    const ids = clocks.map((c) => c.id);
    const farAhead = new Date(app.time.now().getTime() + 365 * 24 * 3_600_000);
    const expectedSteps = await app.dataSource.getRepository(EscalationStepRow).find({
      where: { clockId: In(ids), state: 'pending' },
      order: { fireAt: 'ASC', id: 'ASC' },
    });
    expect(expectedSteps.length).toBeGreaterThan(ids.length);
    await app.dataSource.transaction(async (manager) => {
      const locked = await app.get(ClocksRepository).lockSkippingLocked(manager, ids);
      expect([...locked].sort((a, b) => (a.id < b.id ? -1 : 1))).toStrictEqual(clocks);
      expect(await app.get(EscalationStepsRepository).dueSteps(manager, ids, farAhead)).toStrictEqual(expectedSteps);
      expect(typeof expectedSteps[0].id).toBe('number');
    });
  });

  it('gives each queued message the id of its own row, in the order given', async () => {
    const rows = incidentIds.concat(incidentIds[0]).map((incidentId, n) =>
      Object.assign(new OutboxMessage(), {
        incidentId,
        payload: { kind: 'test', n },
        state: 'held',
        createdAt: app.time.now(),
        attempts: 0,
        nextAttemptAt: app.time.now(),
        leaseUntil: null,
        attemptStartedAt: null,
        lastError: null,
        sentAt: null,
        slackChannel: null,
        slackTs: null,
      }),
    );
    await app.dataSource.transaction((manager) => app.get(OutboxRepository).insert(manager, rows));
    const stored = await app.dataSource.getRepository(OutboxMessage).findBy({ id: In(rows.map((r) => r.id)) });
    expect(stored).toHaveLength(3);
    for (const row of rows) expect(stored.find((s) => s.id === row.id)).toMatchObject({ incidentId: row.incidentId, payload: row.payload });
  });
});
