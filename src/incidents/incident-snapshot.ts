// An incident as the modules above incidents (notices) read it, through IncidentsService. Pure.
import type { IncidentFacts } from '../risk/facts.js';
import { incidentFacts, type Incident, type IncidentState } from './incident.entity.js';

export interface IncidentSnapshot {
  id: string;
  reference: string;
  title: string;
  state: IncidentState;
  awareAt: Date;
  /** As the rules and the notice renderer take them (role, times and every stored fact). */
  facts: IncidentFacts;
}

export function incidentSnapshot(incident: Incident): IncidentSnapshot {
  const { id, reference, title, state, awareAt } = incident;
  return { id, reference, title, state, awareAt, facts: incidentFacts(incident) };
}
