import type { ClockView } from '../clocks/clocks.service.js';
import { formatLocal } from '../common/local-time.js';
import type { AssessmentView } from '../incidents/assessments.service.js';
import type { Incident } from '../incidents/incident.entity.js';
import type { AssessmentPart, ControllerAdvice } from '../risk/assessment.js';
import type { IncidentDataSet } from '../risk/facts.js';

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
  riskLevel: string | null;
  notifyAuthority: boolean | null;
  notifyDataSubjects: boolean | null;
  /** A processor's own duty: warn its controllers (Art. 33(2)); assessments stored before it read it from the role. */
  notifyControllers: boolean | null;
  /** For a processor, the engine's view of each controller's duties: one line per reason, the decision first. */
  controllerAdvice: string[];
  exemptions: string[];
  /** Why: every reason of the decision in force, as the engine (or the DPO's override) gave it. */
  decisionReasons: string[];
  overrideJustification: string | null;
  /** Each clock's outcome: "gdpr_art33 → ANSPDCP: met (late) 2026-10-28T…". */
  clockOutcomes: string[];
  /**
   * When the incident names systems (issue #15): each data set touched, with our role and whose data it is, so a
   * breach that is ours for some data and a customer's for other data is recorded truthfully.
   */
  dataSets: string[];
  /** With data sets: each role's part of the decision (an incident can carry both). */
  parts: string[];
}

export function registerEntry(incident: Incident, timeZone: string, assessment: AssessmentView | null, clocks: ClockView[]): RegisterEntry {
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
    riskLevel: assessment?.riskLevel ?? null,
    notifyAuthority: assessment?.notifyAuthority ?? null,
    notifyDataSubjects: assessment?.notifyDataSubjects ?? null,
    notifyControllers: assessment ? (assessment.notifyControllers ?? incident.role === 'processor') : null,
    controllerAdvice: adviceLines(assessment?.controllerAdvice ?? null),
    exemptions: assessment?.exemptions ?? [],
    decisionReasons: assessment?.reasons.map((r) => `${r.factor}: ${r.effect} (${r.explanation})`) ?? [],
    overrideJustification: assessment?.override?.justification ?? null,
    clockOutcomes: clocks.map(clockOutcome),
    dataSets: (facts.dataSets ?? []).map(dataSetLine),
    parts: (assessment?.parts ?? []).map(partLine),
  };
}

function dataSetLine(set: IncidentDataSet): string {
  const people = set.subjectsAffected === undefined ? '' : `; ${set.subjectsAffected} people`;
  const whose = set.controllers.map((c) => `${c.name}${c.subjectsAffected === undefined ? '' : ` (${c.subjectsAffected} people)`}`);
  const forWhom = whose.length ? ` for ${whose.join(', ')}` : '';
  return `${set.system}: ${set.role}${forWhom} (${set.dataCategories.join(', ')}${people})`;
}

function partLine(part: AssessmentPart): string {
  const duties =
    part.role === 'controller'
      ? `notify the authority: ${yesNo(part.notifyAuthority)}; notify data subjects: ${yesNo(part.notifyDataSubjects)}`
      : `warn the controllers: ${yesNo(part.notifyControllers ?? true)}${part.controllers?.length ? ` (${part.controllers.join(', ')})` : ''}`;
  return `${part.role} (${part.systems.join(', ')}): ${part.riskLevel}; ${duties}`;
}

const yesNo = (duty: boolean): string => (duty ? 'yes' : 'no');

function adviceLines(advice: ControllerAdvice | null): string[] {
  if (advice === null) return [];
  const decision = `notify ANSPDCP: ${advice.notifyAuthority ? 'yes' : 'no'}; notify data subjects: ${advice.notifyDataSubjects ? 'yes' : 'no'}`;
  return [decision, ...advice.reasons.map((r) => `${r.factor}: ${r.effect} (${r.explanation})`)];
}

function clockOutcome(clock: ClockView): string {
  const outcome =
    clock.state === 'met'
      ? `met${clock.late ? ' (late)' : ''} ${clock.metAt}`
      : clock.state === 'not_required'
        ? `not required: ${clock.notRequiredReason ?? ''}`
        : `${clock.state}, due ${clock.dueAt}`;
  return `${clock.key} → ${clock.recipient}: ${outcome}`;
}

export const REGISTER_COLUMNS: (keyof RegisterEntry)[] = [
  'reference',
  'title',
  'state',
  'role',
  'awareAt',
  'awareAtLocal',
  'occurredAt',
  'detectedAt',
  'description',
  'breachTypes',
  'malicious',
  'dataCategories',
  'subjectCategories',
  'subjectsAffected',
  'recordsAffected',
  'remedialAction',
  'closeCategory',
  'closeReason',
  'closedAt',
  'riskLevel',
  'notifyAuthority',
  'notifyDataSubjects',
  'notifyControllers',
  'controllerAdvice',
  'exemptions',
  'decisionReasons',
  'overrideJustification',
  'clockOutcomes',
  'dataSets',
  'parts',
];
