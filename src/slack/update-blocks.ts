// News in an incident's thread (a notice sent, the incident closed). Pure.
import type { IncidentUpdateMessage } from '../notifications/escalation-message.js';
import { context, escapeMrkdwn, section } from './block-kit.js';
import type { SlackMessageContent } from './escalation-blocks.js';

const ICONS: Record<IncidentUpdateMessage['update'], string> = {
  notice_sent: '📨',
  filing_recorded: '📨',
  closed: '✅',
  downgrade_confirmed: '🔽',
};

export function renderIncidentUpdate(message: IncidentUpdateMessage): SlackMessageContent {
  const line = `${ICONS[message.update]} ${message.incident.reference}: ${message.summary}`;
  return { text: line, blocks: [section(escapeMrkdwn(line)), context(`by ${escapeMrkdwn(message.by)}`)] };
}
