// Slack answers 429 and 500 for a minute while 50 reminders fall due: afterwards each is posted exactly once.
import { Pool } from 'pg';
import { FakeSlack, type FakeSlackFailure } from '../../test/support/fake-slack.js';
import { figure } from '../support/figures.js';
import { logIncidentsWithReminderDueSoon, reminderDeliveries, untilAlertsDelivered } from '../support/incidents.js';
import { Service, embeddedDatabaseUrl, freePort, sleep, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const OUTAGE_MS = 60_000;
const FAILURE_SWITCH_MS = 10_000;
const FAILURES: FakeSlackFailure[] = [{ status: 429, retryAfter: 5 }, { status: 500 }];
const REMINDERS = 50;
const DELIVERY_TIMEOUT_MS = 180_000;

export async function drillSlackOutage(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-outage-', async (dataDir) => {
    const slack = await FakeSlack.start();
    const service = Service.start({ port: await freePort(), dataDir, slackApiUrl: slack.url });
    try {
      await service.untilReady();
      const db = new Pool({ connectionString: await embeddedDatabaseUrl(dataDir), max: 1 });
      try {
        const outageEnds = Date.now() + OUTAGE_MS;
        let switches = 0;
        slack.outage(FAILURES[0]);
        const switcher = setInterval(() => slack.outage(FAILURES[++switches % FAILURES.length]), FAILURE_SWITCH_MS);
        const incidentIds = await logIncidentsWithReminderDueSoon([service.baseUrl], REMINDERS, {
          fromMs: 5_000,
          toMs: OUTAGE_MS - 10_000,
        });
        await sleep(outageEnds - Date.now());
        clearInterval(switcher);
        slack.restore();
        const restoredAt = Date.now();
        await untilAlertsDelivered(db, incidentIds, DELIVERY_TIMEOUT_MS);
        const recoveryMs = Date.now() - restoredAt;
        const deliveries = await reminderDeliveries(db, slack, incidentIds);
        const refusedCalls = slack.calls.filter((call) => call.status !== 200).length;
        const failures = [
          ...(refusedCalls ? [] : ['the outage refused no call']),
          ...(deliveries.reminders.length === REMINDERS ? [] : [`${deliveries.reminders.length} of ${REMINDERS} reminders reached Slack`]),
          ...(deliveries.duplicatePosts + deliveries.duplicateDispatches
            ? [`${deliveries.duplicatePosts + deliveries.duplicateDispatches} duplicates`]
            : []),
          ...(deliveries.undelivered ? [`${deliveries.undelivered} alerts never reached Slack`] : []),
        ];
        return {
          failures,
          figures: [
            figure('outage_seconds', OUTAGE_MS / 1000, 's'),
            figure('outage_refused_calls', refusedCalls),
            figure('outage_reminders_posted', deliveries.reminders.length),
            figure('outage_duplicates', deliveries.duplicatePosts + deliveries.duplicateDispatches),
            figure('outage_undelivered', deliveries.undelivered),
            figure('outage_recovery_after_restore', recoveryMs, 'ms'),
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
