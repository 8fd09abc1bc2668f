// What a notice command tells the team (in Slack, through the outbox), independent of Slack's wire format. Pure.
import type { IncidentSnapshot } from '../incidents/incident-snapshot.js';
import { outboxIncident, type ApprovalRequestMessage, type IncidentUpdateMessage } from '../notifications/escalation-message.js';
import type { Notice } from './notice.entity.js';

/** The DPOs are asked to approve exactly this version; the link opens the text they are asked about. */
export function approvalRequest(
  incident: IncidentSnapshot,
  notice: Notice,
  late: boolean,
  asked: { submittedBy: string; mentions: string[]; publicUrl: string | null },
): ApprovalRequestMessage {
  return {
    type: 'approval_request',
    incident: outboxIncident(incident),
    notice: {
      id: notice.id,
      kind: notice.kind,
      language: notice.language,
      version: notice.version,
      bodyHash: notice.bodyHash,
      late,
      clockKey: notice.clockKey,
    },
    submittedBy: asked.submittedBy,
    mentions: asked.mentions,
    // The console's notice page (after sign-in if needed): a browser has no bearer token for the API path.
    documentLink: `${asked.publicUrl ?? ''}/incidents/${notice.incidentId}/notices/${notice.id}`,
  };
}

/** News in the incident's thread: the notice went out, and the clock it meets is met. */
export function noticeSent(
  incident: IncidentSnapshot,
  notice: Notice,
  sent: { channel: string; externalReference: string },
  by: string,
): IncidentUpdateMessage {
  return {
    type: 'incident_update',
    incident: outboxIncident(incident),
    update: 'notice_sent',
    summary: `The ${notice.kind.replace('_', ' ')} notice (${notice.language}, version ${notice.version}) was sent via ${sent.channel}, reference ${sent.externalReference}; its clock ${notice.clockKey} is met.`,
    by,
  };
}
