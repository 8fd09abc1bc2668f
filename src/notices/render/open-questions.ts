// What a processor still has to find out, read from the facts that are missing. A controller needs to
// know what will follow in later phases (Art. 33(4)).
import type { IncidentFacts } from '../../risk/facts.js';

export const OPEN_QUESTIONS = [
  'whenItStarted',
  'howItHappened',
  'whetherDeliberate',
  'whoAccessedTheData',
  'whichPeople',
  'howManyPeople',
  'howManyRecords',
] as const;
export type OpenQuestionId = (typeof OPEN_QUESTIONS)[number];

const IS_OPEN: Record<OpenQuestionId, (incident: IncidentFacts) => boolean> = {
  whenItStarted: (incident) => incident.occurredAt === undefined,
  howItHappened: (incident) => !incident.description?.trim(),
  whetherDeliberate: (incident) => incident.malicious === undefined,
  whoAccessedTheData: (incident) =>
    incident.breachTypes.includes('confidentiality') &&
    (incident.confidentiality === undefined || incident.confidentiality.recipients === 'unknown'),
  whichPeople: (incident) => !incident.subjectCategories?.length,
  howManyPeople: (incident) => incident.subjectsAffected === undefined,
  howManyRecords: (incident) => incident.recordsAffected === undefined,
};

export function openQuestionsOf(incident: IncidentFacts): OpenQuestionId[] {
  return OPEN_QUESTIONS.filter((question) => IS_OPEN[question](incident));
}
