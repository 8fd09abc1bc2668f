// The forms Breach Desk opens in Slack (a new incident, a notice's rejection, a downgrade's justification)
// and the one-message views a submitted form is replaced with. Pure: the time shown is an argument.
import { EN } from '../notices/render/i18n/en.js';
import { BREACH_TYPES, DATA_CATEGORIES, INCIDENT_ROLES, type BreachType, type IncidentRole } from '../risk/facts.js';
import { capitalise, escapeMrkdwn, input, section } from './block-kit.js';
import {
  CONFIRM_DOWNGRADE_CALLBACK,
  JUSTIFICATION_BLOCK,
  NEW_INCIDENT_CALLBACK,
  REASON_BLOCK,
  REJECT_NOTICE_CALLBACK,
  type ConfirmContext,
  type NewIncidentField,
  type RejectContext,
} from './interaction-ids.js';

const BREACH_TYPE_LABELS: Record<BreachType, { text: string; description: string }> = {
  confidentiality: { text: 'Confidentiality', description: 'data seen or taken by someone who should not have it' },
  integrity: { text: 'Integrity', description: 'data changed or corrupted' },
  availability: { text: 'Availability', description: 'data lost, destroyed or out of reach' },
};

const ROLE_LABELS: Record<IncidentRole, string> = {
  controller: 'Controller: the data is ours',
  processor: 'Processor: we hold the data for a customer',
};

/** A system of the inventory, as the form offers it. */
export interface SystemOption {
  slug: string;
  name: string;
}

// Slack's limits: 100 options in a static select, 75 characters an option's text.
const MAX_OPTIONS = 100;
const MAX_OPTION_TEXT = 75;

/**
 * The essential facts, the awareness time at `now`: the person types /breach the moment they know. With an
 * inventory, the systems the breach touched come first, and role and data categories may be left to them (issue #15).
 */
export function newIncidentModal(title: string, now: Date, systems: readonly SystemOption[] = []): unknown {
  const fromSystems = systems.length > 0;
  const options = (entries: readonly [value: string, text: string, description?: string][]) =>
    entries.map(([value, text, description]) => ({
      value,
      text: { type: 'plain_text', text },
      ...(description ? { description: { type: 'plain_text', text: description } } : {}),
    }));
  const field = (name: NewIncidentField, label: string, element: Record<string, unknown>, optional = false) =>
    input(name, label, element, optional);
  return {
    type: 'modal',
    callback_id: NEW_INCIDENT_CALLBACK,
    title: { type: 'plain_text', text: 'Log a breach' },
    submit: { type: 'plain_text', text: 'Log it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      field('title', 'Title', { type: 'plain_text_input', max_length: 200, initial_value: title }),
      ...(fromSystems
        ? [
            field(
              'systems',
              'Which systems it touched',
              {
                type: 'multi_static_select',
                placeholder: { type: 'plain_text', text: 'Our role, data and customers come from them' },
                options: options(systems.slice(0, MAX_OPTIONS).map(({ slug, name }) => [slug, name.slice(0, MAX_OPTION_TEXT)])),
              },
              true,
            ),
          ]
        : []),
      field(
        'role',
        fromSystems ? 'Our role (leave empty: from the systems)' : 'Our role',
        { type: 'radio_buttons', options: options(INCIDENT_ROLES.map((role) => [role, ROLE_LABELS[role]])) },
        fromSystems,
      ),
      field('breachTypes', 'What happened to the data', {
        type: 'checkboxes',
        options: options(BREACH_TYPES.map((type) => [type, BREACH_TYPE_LABELS[type].text, BREACH_TYPE_LABELS[type].description])),
      }),
      field(
        'dataCategories',
        fromSystems ? 'Which kinds of personal data (leave empty: from the systems)' : 'Which kinds of personal data',
        {
          type: 'multi_static_select',
          placeholder: { type: 'plain_text', text: 'Choose every kind involved' },
          options: options(DATA_CATEGORIES.map((category) => [category, capitalise(EN.vocabulary.dataCategory[category])])),
        },
        fromSystems,
      ),
      field('subjectsAffected', 'About how many people', { type: 'number_input', is_decimal_allowed: false, min_value: '0' }, true),
      field('awareAt', 'When we became aware (the clocks start here)', {
        type: 'datetimepicker',
        initial_date_time: Math.floor(now.getTime() / 1000),
      }),
    ],
  };
}

/** Asks the DPO why the duties a pending assessment drops are no longer owed. */
export function confirmDowngradeModal(confirming: ConfirmContext): unknown {
  return writtenReasonModal(
    CONFIRM_DOWNGRADE_CALLBACK,
    confirming,
    'Confirm the downgrade',
    'Confirm',
    JUSTIFICATION_BLOCK,
    'Why the dropped duties are no longer owed (kept in the register)',
  );
}

/** Asks for the reason a notice is sent back. */
export function rejectReasonModal(rejecting: RejectContext): unknown {
  return writtenReasonModal(
    REJECT_NOTICE_CALLBACK,
    rejecting,
    'Reject the notice',
    'Reject',
    REASON_BLOCK,
    'What must change before you approve it',
  );
}

export function incidentLoggedView(reference: string, title: string): unknown {
  return messageView(
    'Breach logged',
    `*${reference}* · ${escapeMrkdwn(title)} is logged.\n\`/breach status ${reference}\` shows its decision and its clocks.`,
  );
}

/** A one-message modal: what a submitted form is replaced with. */
export function messageView(title: string, mrkdwn: string): unknown {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: title },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(mrkdwn)],
  };
}

/** A form with one free-text answer; what it is about travels in private_metadata. */
function writtenReasonModal(callbackId: string, context: object, title: string, submit: string, block: string, label: string): unknown {
  return {
    type: 'modal',
    callback_id: callbackId,
    private_metadata: JSON.stringify(context),
    title: { type: 'plain_text', text: title },
    submit: { type: 'plain_text', text: submit },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [input(block, label, { type: 'plain_text_input', multiline: true, max_length: 3000 })],
  };
}
