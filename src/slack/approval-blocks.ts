// A notice waiting for the DPO, as a Slack message with Approve / Reject buttons. Pure.
import type { ApprovalRequestMessage } from '../notifications/escalation-message.js';
import { NOTICE_ACTIONS } from './command-blocks.js';
import { context, escapeMrkdwn, section, type SlackMessageContent } from './escalation-blocks.js';

const KIND_NAMES: Record<string, string> = {
  authority: 'Art. 33 notification to the authority',
  data_subjects: 'Art. 34 communication to the people affected',
  controller: 'Art. 33(2) warning to the controller',
};

export function renderApprovalRequest(message: ApprovalRequestMessage): SlackMessageContent {
  const kind = KIND_NAMES[message.notice.kind] ?? message.notice.kind;
  const who = message.mentions.map((id) => `<@${id}>`).join(' ');
  const headline = `${message.incident.reference} · ${kind} (${message.notice.language}, version ${message.notice.version}) waits for the DPO's approval`;
  const blocks = [
    section(`📝 ${who ? `${who} ` : ''}*${escapeMrkdwn(headline)}*\n${escapeMrkdwn(message.incident.title)}`),
    section(`Read it: ${escapeMrkdwn(message.documentLink)}\nSubmitted by ${escapeMrkdwn(message.submittedBy)}.`),
    ...(message.notice.late ? [context('⚠️ Late: sent more than 72 hours after awareness, so it states the reasons for the delay (Art. 33(1)).')] : []),
    {
      type: 'actions',
      elements: [
        { type: 'button', style: 'primary', action_id: NOTICE_ACTIONS.approve, value: message.notice.id, text: { type: 'plain_text', text: 'Approve' } },
        { type: 'button', style: 'danger', action_id: NOTICE_ACTIONS.reject, value: message.notice.id, text: { type: 'plain_text', text: 'Reject' } },
      ],
    },
  ];
  return { text: `${who ? `${who} ` : ''}${headline}`, blocks };
}
