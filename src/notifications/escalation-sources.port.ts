import type { EntityManager } from 'typeorm';
import type { AlertedClock, OutboxIncident } from './escalation-message.js';

// Clocks and incidents rank above notifications (STYLE.md's arrows), yet an alert says where its clock and
// incident stand when it is sent. So notifications declares what it needs as ports; the clocks and incidents
// modules provide them from their own services, and the app module wires them (EscalationDispatchModule).

/** The clocks module's side. */
export interface AlertedClocks {
  /** These clocks, locked for the rest of the caller's transaction; those another transaction holds are skipped. */
  lockForAlerts(manager: EntityManager, clockIds: string[]): Promise<AlertedClock[]>;
}

/** The incidents module's side. */
export interface AlertedIncidents {
  outboxIncidents(manager: EntityManager, incidentIds: string[]): Promise<OutboxIncident[]>;
}

export const ALERTED_CLOCKS = Symbol('ALERTED_CLOCKS');
export const ALERTED_INCIDENTS = Symbol('ALERTED_INCIDENTS');
