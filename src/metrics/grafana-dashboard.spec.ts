import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// shared/api-contract.md: the metrics GET /metrics promises; the shipped dashboard must chart each of them.
const CONTRACT_METRICS = [
  'breach_desk_http_request_duration_seconds',
  'breach_desk_incidents_logged_total',
  'breach_desk_clocks',
  'breach_desk_escalation_lateness_seconds',
  'breach_desk_outbox_messages',
  'breach_desk_outbox_oldest_age_seconds',
  'breach_desk_slack_api_errors_total',
  'breach_desk_notices',
  'breach_desk_audit_chain_ok',
];

interface Panel {
  id: number;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { expr: string }[];
}

describe('docs/grafana-dashboard.json', () => {
  const dashboard = JSON.parse(readFileSync(join(__dirname, '../../docs/grafana-dashboard.json'), 'utf8')) as {
    uid: string;
    title: string;
    panels: Panel[];
  };
  const expressions = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));

  it('is a Grafana dashboard whose panels have unique ids and fit the 24-column grid', () => {
    expect(dashboard).toMatchObject({ uid: 'breach-desk', title: 'Breach Desk' });
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
    for (const { gridPos } of dashboard.panels) expect(gridPos.x + gridPos.w).toBeLessThanOrEqual(24);
  });

  it.each(CONTRACT_METRICS)('charts %s', (metric) => {
    expect(expressions.some((expr) => new RegExp(`\\b${metric}(_bucket|_count|_sum)?\\b`).test(expr))).toBe(true);
  });
});
