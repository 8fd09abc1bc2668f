// What waits for the DPO: a notice, as a Slack message with Approve / Reject buttons, and a downgrade to confirm. Pure.
import type { ApprovalRequestMessage, DowngradePendingMessage } from '../notifications/escalation-message.js';
import { context, escapeMrkdwn, section } from './block-kit.js';
import type { SlackMessageContent } from './escalation-blocks.js';
import { CONFIRM_DOWNGRADE_ACTION, NOTICE_ACTIONS } from './interaction-ids.js';

const KIND_NAMES: Record<string, string> = {
  authority: 'Art. 33 notification to the authority',
  data_subjects: 'Art. 34 communication to the people affected',
  controller: 'Art. 33(2) warning to the controller',
};

/** Each authority clock's own deadline and basis: an e-communications provider's is 24 hours, not 72. */
const LATE_WORDS: Record<string, string> = {
  gdpr_art33: 'sent more than 72 hours after awareness, so it states the reasons for the delay (Art. 33(1) GDPR).',
  eprivacy_initial:
    'sent more than 24 hours after the breach was detected, so it states the reasons for the delay (Reg. 611/2013 Art. 2(2); Law 506/2004 art. 3^1).',
  eprivacy_second_phase:
    'sent more than 3 days after the initial notification, so it states the reasons for the delay (Reg. 611/2013 Art. 2(3)).',
};
const LATE_FALLBACK = 'sent after the deadline of the clock it meets, so it states the reasons for the delay.';

export function renderApprovalRequest(message: ApprovalRequestMessage): SlackMessageContent {
  const kind = KIND_NAMES[message.notice.kind] ?? message.notice.kind;
  const who = message.mentions.map((id) => `<@${id}>`).join(' ');
  const headline = `${message.incident.reference} · ${kind} (${message.notice.language}, version ${message.notice.version}) waits for the DPO's approval`;
  const blocks = [
    section(`📝 ${who ? `${who} ` : ''}*${escapeMrkdwn(headline)}*\n${escapeMrkdwn(message.incident.title)}`),
    section(`Read it: ${escapeMrkdwn(message.documentLink)}\nSubmitted by ${escapeMrkdwn(message.submittedBy)}.`),
    ...(message.notice.bodyHash
      ? [
          context(
            `Approve binds to version ${message.notice.version}, body SHA-256 ${message.notice.bodyHash.slice(0, 12)}…: a text edited since is refused. In a command: \`/breach approve ${message.notice.id} ${message.notice.version}\``,
          ),
        ]
      : []),
    ...(message.notice.late ? [context(`⚠️ Late: ${LATE_WORDS[message.notice.clockKey ?? ''] ?? LATE_FALLBACK}`)] : []),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: NOTICE_ACTIONS.approve,
          value: approveButtonValue(message.notice),
          text: { type: 'plain_text', text: 'Approve' },
        },
        {
          type: 'button',
          style: 'danger',
          action_id: NOTICE_ACTIONS.reject,
          value: message.notice.id,
          text: { type: 'plain_text', text: 'Reject' },
        },
      ],
    },
  ];
  return { text: `${who ? `${who} ` : ''}${headline}`, blocks };
}

/** The Approve button names the text the DPO was shown, so pressing it later cannot approve an edited one. */
function approveButtonValue(notice: ApprovalRequestMessage['notice']): string {
  return JSON.stringify({ id: notice.id, version: notice.version, bodyHash: notice.bodyHash });
}

/** A fact change would drop duties: they stay in force until a DPO confirms, and this says how. */
export function renderDowngradePending(message: DowngradePendingMessage): SlackMessageContent {
  const who = message.mentions.map((id) => `<@${id}>`).join(' ');
  const headline = `${message.incident.reference} · assessment version ${message.version} would drop duties and waits for the DPO`;
  const command = `/breach confirm ${message.incident.reference} ${message.version} <justification>`;
  return {
    text: `${who ? `${who} ` : ''}${headline}`,
    blocks: [
      section(`🔽 ${who ? `${who} ` : ''}*${escapeMrkdwn(headline)}*\n${escapeMrkdwn(message.incident.title)}`),
      section(message.drops.map((drop) => `• ${escapeMrkdwn(drop)}`).join('\n')),
      context(
        `After a change by ${escapeMrkdwn(message.by)}. Until a DPO confirms, the decision in force, its clocks and its reminders stay. To confirm, with a justification: the button, or \`${escapeMrkdwn(command)}\``,
      ),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: CONFIRM_DOWNGRADE_ACTION,
            value: JSON.stringify({ incidentId: message.incident.id, version: message.version }),
            text: { type: 'plain_text', text: 'Confirm the downgrade…' },
          },
        ],
      },
    ],
  };
}
