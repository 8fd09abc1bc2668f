// Two instances on one database: alerts planned on one are dispatched on time by the other, which hears of
// them at commit (LISTEN/NOTIFY) rather than at its next 30 s poll. Instance A runs no scheduler, as if it
// had died right after logging the incident.
import { anIncident } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WITHIN_MS = 5_000;

describe('wake-ups across instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl, time: a.time, env: { SCHEDULER: 'on' } });
  });
  afterAll(async () => {
    await b.close({ keepDatabase: true });
    await a.close();
  });

  it('dispatches the alert of an incident logged on another instance within moments', async () => {
    // Let B finish its first round, so that only a wake-up can bring it back before its 30 s poll.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const created = await a.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    const until = Date.now() + WITHIN_MS;
    let sent = false;
    while (!sent && Date.now() < until) {
      const steps = await a.api().get(`/api/v1/incidents/${created.body.id}/escalations`).expect(200);
      sent = steps.body.some((s: { level: string; state: string }) => s.level === 'logged' && s.state === 'sent');
      if (!sent) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sent).toBe(true);
  });
});
