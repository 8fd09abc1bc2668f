// What an escalation says, independent of Slack's wire format. Stored in the outbox as JSON and turned
// into Block Kit by src/slack at send time. Pure.
import type { Decision } from '../risk/assessment.js';
import type { EscalationAudience } from '../organisation/escalation-policy.js';

export type EscalationMessageKind = 'logged' | 'reminder' | 'overdue' | 'catch_up';

export interface EscalationClockLine {
  key: string;
  regime: string;
  recipient: string;
  legalBasis: string;
  /** UTC ISO instant. */
  dueAt: string;
  /** The step being announced for this clock: 'logged', 'left_24h', 'overdue_0', … */
  level: string;
  /** Steps of this clock that fell due together (service down) and are announced by this one line. */
  supersededLevels: string[];
}

export interface OutboxIncident {
  id: string;
  reference: string;
  title: string;
  awareAt: string;
}

export interface EscalationMessage {
  /** Absent on rows queued before approval requests existed. */
  type?: 'escalation';
  incident: OutboxIncident;
  decision: (Omit<Decision, 'notifyControllers'> & { overridden: boolean }) | null;
  kind: EscalationMessageKind;
  audience: EscalationAudience[];
  /** Slack user ids to mention (the DPO, the escalation contacts) as the audience widens. */
  mentions: string[];
  clocks: EscalationClockLine[];
  /** UTC ISO instant the earliest alert announced fell due (its step's fire_at); absent on rows queued before it existed. */
  firesAt?: string;
}

/** A notice waits for the DPO: the message carries Approve / Reject buttons. */
export interface ApprovalRequestMessage {
  type: 'approval_request';
  incident: OutboxIncident;
  /** `bodyHash`: the text the DPO is asked about; the Approve button carries it with the version (absent in messages queued before it existed). */
  /** `clockKey`: the deadline the notice meets, whose own words a late notice's warning uses (absent in older messages). */
  notice: { id: string; kind: string; language: string; version: number; bodyHash?: string; late: boolean; clockKey?: string };
  submittedBy: string;
  /** The DPOs' Slack user ids. */
  mentions: string[];
  /** Where the DPO reads the text (HTML), when PUBLIC_URL is set; otherwise the API path. */
  documentLink: string;
}

/** News in the incident's thread: a notice went out, the incident was closed. */
export interface IncidentUpdateMessage {
  type: 'incident_update';
  incident: OutboxIncident;
  update: 'notice_sent' | 'filing_recorded' | 'closed' | 'downgrade_confirmed';
  /** One plain sentence, e.g. "The authority notice (ro) was sent via the ANSPDCP online form, ref 4711/2026." */
  summary: string;
  by: string;
}

/** A fact change would drop a duty: the DPO is asked to confirm it; until then the decision in force stands. */
export interface DowngradePendingMessage {
  type: 'downgrade_pending';
  incident: OutboxIncident;
  /** The pending assessment version the DPO confirms. */
  version: number;
  /** One plain sentence per duty or clock the new assessment would drop. */
  drops: string[];
  by: string;
  /** The DPOs' Slack user ids. */
  mentions: string[];
}

/** What the outbox holds: every message Breach Desk sends. */
export type OutboxPayload = EscalationMessage | ApprovalRequestMessage | IncidentUpdateMessage | DowngradePendingMessage;

export function outboxIncident(incident: { id: string; reference: string; title: string; awareAt: Date }): OutboxIncident {
  return { id: incident.id, reference: incident.reference, title: incident.title, awareAt: incident.awareAt.toISOString() };
}

/** What an alert says about its clock. */
export interface AlertedClock {
  id: string;
  incidentId: string;
  key: string;
  regime: string;
  recipient: string;
  legalBasis: string;
  dueAt: Date;
  decision: EscalationMessage['decision'];
}

type AnnouncedStep = { level: string; kind: Exclude<EscalationMessageKind, 'catch_up'>; audience: EscalationAudience[]; fireAt: Date };

/** One clock's line in a message: the step it sends and the steps that fell due with it (collapseDueSteps). */
export interface DueLine<Step extends AnnouncedStep = AnnouncedStep> {
  clock: AlertedClock;
  send: Step;
  superseded: Step[];
}

const LOUDNESS: Record<EscalationMessageKind, number> = { logged: 0, reminder: 1, catch_up: 2, overdue: 3 };

/** One message for an incident's due alerts: says where each clock stands, as loud as its loudest line, to everyone any line reaches. */
export function composeEscalation(
  incident: OutboxIncident,
  lines: DueLine[],
  mentionsOf: Record<EscalationAudience, string[]>,
): EscalationMessage {
  const kinds = lines.map(
    ({ send, superseded }): EscalationMessageKind => (superseded.length && send.kind !== 'overdue' ? 'catch_up' : send.kind),
  );
  const kind = kinds.reduce((loudest, k) => (LOUDNESS[k] > LOUDNESS[loudest] ? k : loudest));
  const audience = [...new Set(lines.flatMap((l) => l.send.audience))];
  const clockLines: EscalationClockLine[] = lines.map(({ clock, send, superseded }) => ({
    key: clock.key,
    regime: clock.regime,
    recipient: clock.recipient,
    legalBasis: clock.legalBasis,
    dueAt: clock.dueAt.toISOString(),
    level: send.level,
    supersededLevels: superseded.map((s) => s.level),
  }));
  const decision = lines.find((l) => l.clock.decision)?.clock.decision ?? null;
  return {
    type: 'escalation',
    incident,
    decision,
    kind,
    audience,
    mentions: [...new Set(audience.flatMap((a) => mentionsOf[a]))],
    clocks: clockLines,
    firesAt: new Date(Math.min(...lines.map((l) => l.send.fireAt.getTime()))).toISOString(),
  };
}
