// The scheduler running on its own (SCHEDULER=on, real timers): no test calls dispatch here.
import { WakeSignal } from '../../src/notifications/wake-signal.service.js';
import { anIncident } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WAIT_MS = 3_000;
const WAKE_EVERY_MS = 20;

async function loggedAlertSentWithin(t: TestApp, incidentId: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const steps = await t.api().get(`/api/v1/incidents/${incidentId}/escalations`).expect(200);
    const logged = steps.body.filter((s: { level: string }) => s.level === 'logged');
    if (logged.length && logged.every((s: { state: string }) => s.state === 'sent')) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('escalation scheduler', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { SCHEDULER: 'on' } });
  });
  afterAll(() => t.close());

  it('sends the alert on logging by itself, moments after the intake commits', async () => {
    const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
    expect(await loggedAlertSentWithin(t, created.body.id, WAIT_MS)).toBe(true);
  });

  it('is not starved by a steady stream of wake-ups (each must not push the round further away)', async () => {
    const wake = t.app.get(WakeSignal);
    const stream = setInterval(() => wake.emit('steps'), WAKE_EVERY_MS);
    try {
      const created = await t.api().post('/api/v1/incidents').send(anIncident()).expect(201);
      expect(await loggedAlertSentWithin(t, created.body.id, WAIT_MS)).toBe(true);
    } finally {
      clearInterval(stream);
    }
  });
});
