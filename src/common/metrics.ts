import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The service's Prometheus registry and the instruments the code records events on (requests, intake,
 * Slack deliveries, audit verifications). The gauges read from the database at scrape time are added by
 * src/metrics. Here in common/ so that every module, however low, may record without importing upward.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'breach_desk_http_request_duration_seconds',
    help: 'HTTP requests by method, route template (never the raw path) and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly incidentsLogged = new Counter({
    name: 'breach_desk_incidents_logged_total',
    help: 'Incidents logged by this process (API and Slack)',
    registers: [this.registry],
  });

  private readonly escalationLateness = new Histogram({
    name: 'breach_desk_escalation_lateness_seconds',
    help: 'Escalations: when Slack acknowledged the post minus when the alert fell due',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
    registers: [this.registry],
  });

  private readonly slackApiErrors = new Counter({
    name: 'breach_desk_slack_api_errors_total',
    help: "Failed Slack Web API calls by Slack's error code (ratelimited, channel_not_found, http_503, request_error, …)",
    labelNames: ['code'],
    registers: [this.registry],
  });

  private readonly auditChainOk = new Gauge({
    name: 'breach_desk_audit_chain_ok',
    help: 'Result of the last audit chain verification by this process: 1 intact, 0 broken (or not verified yet: see _verified_at)',
    registers: [this.registry],
  });

  private readonly auditChainVerifiedAt = new Gauge({
    name: 'breach_desk_audit_chain_verified_at_seconds',
    help: 'When this process last verified the audit chain (Unix time; 0: not yet)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  requestServed(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  incidentLogged(): void {
    this.incidentsLogged.inc();
  }

  escalationAcknowledged(latenessSeconds: number): void {
    this.escalationLateness.observe(latenessSeconds);
  }

  slackApiError(code: string): void {
    this.slackApiErrors.inc({ code });
  }

  auditChainVerified(ok: boolean, at: Date): void {
    this.auditChainOk.set(ok ? 1 : 0);
    this.auditChainVerifiedAt.set(at.getTime() / 1000);
  }
}
