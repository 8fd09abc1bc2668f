// Three service processes on one database, one Slack: each escalation is posted exactly once.
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { FakeSlack } from '../../test/support/fake-slack.js';
import { figure } from '../support/figures.js';
import { logIncidentsWithReminderDueSoon, reminderDeliveries, untilAlertsDelivered } from '../support/incidents.js';
import { Service, freePort, withTempDir } from '../support/service.js';
import type { DrillResult } from './drill-result.js';

const INSTANCES = 3;
const REMINDERS = 60;
const DELIVERY_TIMEOUT_MS = 120_000;

export async function drillThreeInstances(): Promise<DrillResult> {
  return withTempDir('breach-desk-drill-instances-', async (dataDir) => {
    const database = await startEmbeddedPostgres({ dataDir });
    const slack = await FakeSlack.start();
    const services: Service[] = [];
    try {
      for (let n = 0; n < INSTANCES; n++)
        services.push(Service.start({ port: await freePort(), databaseUrl: database.url, slackApiUrl: slack.url }));
      await Promise.all(services.map((service) => service.untilReady()));
      const db = new Pool({ connectionString: database.url, max: 1 });
      try {
        // Round-robin: every instance logs incidents, every instance's scheduler and sender compete for them.
        const incidentIds = await logIncidentsWithReminderDueSoon(
          services.map((s) => s.baseUrl),
          REMINDERS,
          { fromMs: 5_000, toMs: 20_000 },
        );
        await untilAlertsDelivered(db, incidentIds, DELIVERY_TIMEOUT_MS);
        const deliveries = await reminderDeliveries(db, slack, incidentIds);
        const { rows } = await db.query<{ alerts: string }>(`SELECT count(*) AS alerts FROM outbox WHERE incident_id = ANY($1)`, [
          incidentIds,
        ]);
        const duplicates = deliveries.duplicatePosts + deliveries.duplicateDispatches;
        const failures = [
          ...(deliveries.reminders.length === REMINDERS ? [] : [`${deliveries.reminders.length} of ${REMINDERS} reminders reached Slack`]),
          ...(duplicates ? [`${duplicates} duplicates`] : []),
          ...(deliveries.undelivered ? [`${deliveries.undelivered} alerts never reached Slack`] : []),
        ];
        return {
          failures,
          figures: [
            figure('instances', INSTANCES),
            figure('instances_alerts', Number(rows[0].alerts)),
            figure('instances_slack_posts', slack.messages.length),
            figure('instances_duplicates', duplicates),
            figure('instances_undelivered', deliveries.undelivered),
          ],
        };
      } finally {
        await db.end();
      }
    } finally {
      await Promise.all(services.map((service) => service.stop()));
      await slack.stop();
      await database.stop();
    }
  });
}
