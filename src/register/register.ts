import { formatLocal } from '../common/local-time.js';
import type { Incident } from '../incidents/incident.entity.js';

/** One line of the Art. 33(5) register: the facts, effects and remedial action of every breach, notified or not. */
export interface RegisterEntry {
  reference: string;
  title: string;
  state: string;
  role: string;
  awareAt: string;
  awareAtLocal: string;
  occurredAt: string | null;
  detectedAt: string | null;
  description: string | null;
  breachTypes: string[];
  malicious: boolean | null;
  dataCategories: string[];
  subjectCategories: string[];
  subjectsAffected: number | null;
  recordsAffected: number | null;
  remedialAction: string | null;
  closeCategory: string | null;
  closeReason: string | null;
  closedAt: string | null;
}

export function registerEntry(incident: Incident, timeZone: string): RegisterEntry {
  const facts = incident.facts;
  return {
    reference: incident.reference,
    title: incident.title,
    state: incident.state,
    role: incident.role,
    awareAt: incident.awareAt.toISOString(),
    awareAtLocal: formatLocal(incident.awareAt, timeZone),
    occurredAt: incident.occurredAt?.toISOString() ?? null,
    detectedAt: incident.detectedAt?.toISOString() ?? null,
    description: incident.description,
    breachTypes: facts.breachTypes,
    malicious: facts.malicious ?? null,
    dataCategories: facts.dataCategories,
    subjectCategories: facts.subjectCategories ?? [],
    subjectsAffected: facts.subjectsAffected ?? null,
    recordsAffected: facts.recordsAffected ?? null,
    remedialAction: facts.mitigation?.measures ?? null,
    closeCategory: incident.closeCategory,
    closeReason: incident.closeReason,
    closedAt: incident.closedAt?.toISOString() ?? null,
  };
}

export const REGISTER_COLUMNS: (keyof RegisterEntry)[] = [
  'reference', 'title', 'state', 'role', 'awareAt', 'awareAtLocal', 'occurredAt', 'detectedAt', 'description',
  'breachTypes', 'malicious', 'dataCategories', 'subjectCategories', 'subjectsAffected', 'recordsAffected',
  'remedialAction', 'closeCategory', 'closeReason', 'closedAt',
];
