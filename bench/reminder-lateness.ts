// 200 clocks whose first reminder falls due within the next 30 s, in real time; Slack is a local fake.
import { Pool } from 'pg';
import { FakeSlack } from '../test/support/fake-slack.js';
import { figure, percentile, type Figure } from './support/figures.js';
import { logIncidentsWithReminderDueSoon, reminderDeliveries, untilAlertsDelivered } from './support/incidents.js';
import { Service, embeddedDatabaseUrl, freePort, withTempDir } from './support/service.js';

const CLOCKS = 200;
const DUE_WINDOW = { fromMs: 5_000, toMs: 30_000 };
const DELIVERY_TIMEOUT_MS = 120_000;

export interface ReminderLatenessResult {
  figures: Figure[];
  maxLatenessMs: number;
  duplicates: number;
  missing: number;
}

export async function benchReminderLateness(): Promise<ReminderLatenessResult> {
  return withTempDir('breach-desk-bench-reminders-', async (dataDir) => {
    const slack = await FakeSlack.start();
    const service = Service.start({ port: await freePort(), dataDir, slackApiUrl: slack.url });
    try {
      await service.untilReady();
      const db = new Pool({ connectionString: await embeddedDatabaseUrl(dataDir), max: 2 });
      try {
        const incidentIds = await logIncidentsWithReminderDueSoon([service.baseUrl], CLOCKS, DUE_WINDOW);
        const intakeDoneAt = Date.now();
        await untilAlertsDelivered(db, incidentIds, DELIVERY_TIMEOUT_MS);
        const deliveries = await reminderDeliveries(db, slack, incidentIds);
        const duplicates = deliveries.duplicatePosts + deliveries.duplicateDispatches;
        const missing = deliveries.missing + deliveries.undelivered;
        const lateness = deliveries.reminders.map((r) => r.latenessMs);
        // The first reminders fall due while the rest of the 200 incidents are still being logged at full speed.
        const latenessAfterIntake = deliveries.reminders.filter((r) => r.dueAt > intakeDoneAt).map((r) => r.latenessMs);
        const maxLatenessMs = Math.max(...lateness);
        return {
          maxLatenessMs,
          duplicates,
          missing,
          figures: [
            figure('reminders_delivered', lateness.length),
            figure('reminder_lateness_p50', percentile(lateness, 50), 'ms'),
            figure('reminder_lateness_p99', percentile(lateness, 99), 'ms'),
            figure('reminder_lateness_max', maxLatenessMs, 'ms'),
            figure('reminders_due_during_intake', lateness.length - latenessAfterIntake.length),
            figure('reminder_lateness_max_after_intake', Math.max(...latenessAfterIntake), 'ms'),
            figure('reminder_duplicates', duplicates),
            figure('reminders_missing', missing),
          ],
        };
      } finally {
        await db.end();
      }
    } finally {
      await service.stop();
      await slack.stop();
    }
  });
}
