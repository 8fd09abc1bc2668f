// The scheduler running on its own (SCHEDULER=on, real timers): no test calls dispatch here.
import { EscalationDispatcher } from '../../src/notifications/escalation-dispatcher.service.js';
import { WakeSignal } from '../../src/notifications/wake-signal.service.js';
import { anIncident } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const WAIT_MS = 3_000;
const WAKE_EVERY_MS = 20;
// The scheduler's WAKE_GATHER_MS.
const GATHER_MS = 100;

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

  it('sends every alert of a steady stream of intakes, rounds starting at least a gathering apart', async () => {
    const rounds = jest.spyOn(t.app.get(EscalationDispatcher), 'dispatchDue');
    const streamMs = 1_500;
    const ids: string[] = [];
    try {
      const until = Date.now() + streamMs;
      // Several reporters at once, so that incidents commit while a round runs: each round then finds more due.
      const reporter = async () => {
        while (Date.now() < until) ids.push((await t.api().post('/api/v1/incidents').send(anIncident()).expect(201)).body.id);
      };
      await Promise.all(Array.from({ length: 6 }, reporter));
      const roundsDuringStream = rounds.mock.calls.length;
      for (const id of ids) expect(await loggedAlertSentWithin(t, id, WAIT_MS)).toBe(true);
      // A round starts a gathering after the wake or the round before it, unless a round could not take all that was due.
      expect(roundsDuringStream).toBeLessThanOrEqual(streamMs / GATHER_MS + 2);
      expect(ids.length).toBeGreaterThan(roundsDuringStream);
    } finally {
      rounds.mockRestore();
    }
  });
});
