// What Breach Desk says in Slack to someone using it: answers to /breach, the new-incident form and the
// notice decisions. Pure: every time and time zone is an argument.
import type { Role } from '../auth/roles.js';
import type { ClockState } from '../clocks/rules/clock-status.js';
import { describeProblem, type DomainError, type FieldProblem } from '../common/domain-error.js';
import { formatHuman } from '../common/local-time.js';
import { EN } from '../notices/render/i18n/en.js';
import type { Decision, Reason, SeverityLevel } from '../risk/assessment.js';
import { BREACH_TYPES, DATA_CATEGORIES, INCIDENT_ROLES, type BreachType, type IncidentRole } from '../risk/facts.js';
import { REGIME_NAMES, context, describeDecision, escapeMrkdwn, section, truncate } from './escalation-blocks.js';

/** The JSON answer to a slash command or a post to a response_url. */
export interface SlackAnswer {
  response_type?: 'ephemeral' | 'in_channel';
  /** Only for a response_url of a message's button: replace that message, or add beside it. */
  replace_original?: boolean;
  text: string;
  blocks?: unknown[];
}

export interface IncidentSummary {
  reference: string;
  title: string;
  state: string;
  role: IncidentRole;
  awareAt: Date;
  facts: { breachTypes: BreachType[]; dataCategories: string[]; subjectsAffected?: number };
}

export interface ClockLine {
  regime: string;
  recipient: string;
  state: ClockState;
  late: boolean;
  dueAt: string;
  secondsLeft: number;
  timeLeft: string;
}

export interface DecisionSummary extends Omit<Decision, 'notifyControllers'> {
  override: unknown;
  severity: { level: SeverityLevel; score: number };
  reasons: Reason[];
}

export interface NoticeSummary {
  id: string;
  kind: string;
  language: string;
  state: string;
  version: number;
}

export interface IncidentStatus {
  incident: IncidentSummary;
  assessment: DecisionSummary | null;
  clocks: ClockLine[];
  notices: NoticeSummary[];
}

/** What the reject form carries from the button to its submission. */
export interface RejectContext {
  noticeId: string;
  /** The approval request's response_url, to replace its buttons with the outcome. */
  responseUrl: string;
}

/** Slack's slot for a modal's field values: block id → action id → the element's state. */
export type ViewStateValues = Record<
  string,
  Record<
    string,
    {
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_options?: { value: string }[];
      selected_date_time?: number | null;
    }
  >
>;

export const NEW_INCIDENT_CALLBACK = 'breach_new_incident';
export const REJECT_NOTICE_CALLBACK = 'breach_reject_notice';
export const CONFIRM_DOWNGRADE_CALLBACK = 'breach_confirm_downgrade';
/** The button on a pending downgrade; its value is `{"incidentId","version"}`. */
export const CONFIRM_DOWNGRADE_ACTION = 'breach_assessment_confirm';

/** Which pending assessment a DPO confirms, and where the outcome goes. */
export interface ConfirmContext {
  incidentId: string;
  version: number;
  responseUrl: string;
}
/** The action ids of the Approve and Reject buttons of an approval request; each button's value is the notice id. */
export const NOTICE_ACTIONS = { approve: 'breach_notice_approve', reject: 'breach_notice_reject' } as const;

// Slack takes 50 blocks a message (a heading, 40 incidents and a line for the rest fit), 3000 characters a
// section and 150 a header.
const MAX_LISTED_INCIDENTS = 40;
const MAX_SECTION_LENGTH = 3000;
const MAX_HEADER_LENGTH = 150;
const TOP_REASONS = 3;
// Which reasons say most about the decision: what raised the risk level, the severity behind it, then the legal consequence.
const REASON_PRIORITY = ['edpb.', 'risk.', 'decision.'];
// Every form element answers under this one action id; its block id names the fact.
const INPUT = 'input';
const NEW_INCIDENT_FIELDS = ['title', 'role', 'breachTypes', 'dataCategories', 'subjectsAffected', 'awareAt'];
const REASON_BLOCK = 'reason';
const JUSTIFICATION_BLOCK = 'justification';

const COMMANDS: readonly [usage: string, purpose: string][] = [
  ['/breach new <title>', 'log a breach: a form for the essential facts opens'],
  ['/breach list', 'open incidents, the most urgent deadline first'],
  ['/breach status <ref>', 'facts, decision, every clock and the notices of one incident'],
  ['/breach ack <ref>', 'say you are handling an incident (responder)'],
  ['/breach assess <ref>', 'run the risk assessment again (responder)'],
  ['/breach approve <notice> <version>', 'approve the version of a notice you read (DPO; without a version, the current one is named)'],
  ['/breach confirm <ref> <version> <justification>', 'confirm an assessment that drops a duty or stops a clock (DPO)'],
  ['/breach help', 'this list'],
];

const BREACH_TYPE_LABELS: Record<BreachType, { text: string; description: string }> = {
  confidentiality: { text: 'Confidentiality', description: 'data seen or taken by someone who should not have it' },
  integrity: { text: 'Integrity', description: 'data changed or corrupted' },
  availability: { text: 'Availability', description: 'data lost, destroyed or out of reach' },
};

const ROLE_LABELS: Record<IncidentRole, string> = {
  controller: 'Controller: the data is ours',
  processor: 'Processor: we hold the data for a customer',
};

const CLOCK_STATE_WORDS: Record<ClockState, (clock: ClockLine) => string> = {
  running: (clock) => `*${clock.timeLeft} left*`,
  missed: (clock) => `*${clock.timeLeft}*`,
  met: (clock) => (clock.late ? 'met, late' : 'met'),
  not_required: () => 'not required',
};

export const ephemeral = (text: string, blocks?: unknown[]): SlackAnswer => ({ response_type: 'ephemeral', text, ...(blocks ? { blocks } : {}) });

export function helpAnswer(): SlackAnswer {
  const lines = COMMANDS.map(([usage, purpose]) => `\`${usage}\` ${purpose}`);
  return ephemeral(['*Breach Desk in Slack*', ...lines].join('\n'));
}

export function invalidCommandAnswer(problem: string): SlackAnswer {
  return ephemeral(`${problem} \`/breach help\` lists what I can do.`);
}

/** A refused or failed action, said to the person who asked. */
export function errorSentence(error: DomainError): string {
  switch (error.code) {
    case 'INVALID_INPUT':
      return `That did not work: ${error.problems.length ? error.problems.map(describeProblem).join('; ') : error.message}.`;
    case 'NOT_FOUND':
      return `${capitalise(error.message)}.`;
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'INVALID_TRANSITION':
    case 'NOT_APPROVED':
    case 'NOTICE_CHANGED':
    case 'FOUR_EYES':
    case 'INCIDENT_CLOSED':
    case 'ASSESSMENT_CHANGED':
    case 'OVER_BUDGET':
    case 'BUSY':
    case 'ROLE_MISMATCH':
      return error.message;
    default: {
      const unmapped: never = error.code;
      throw new Error(`no Slack sentence for ${String(unmapped)}`);
    }
  }
}

/** Why a Slack user may not do something that needs `required`, said to them. */
export function refusalSentence(required: Role, caller: { linked: boolean; roles: readonly Role[] }): string {
  if (caller.linked) {
    return `This needs the ${required} role, and your Breach Desk account has ${caller.roles.join(', ') || 'no role'}. Nothing was changed.`;
  }
  const link = 'Ask a Breach Desk admin to link your Slack account to your user.';
  return caller.roles.length
    ? `This needs the ${required} role, and your Slack account is not linked to a Breach Desk user. ${link}`
    : `Your Slack account is not linked to a Breach Desk user, and this organisation lets only linked users act from Slack. ${link}`;
}

/** Open incidents, the one whose running clock is closest to (or furthest past) its deadline first. */
export function byUrgency<T extends { incident: { awareAt: Date }; clocks: ClockLine[] }>(entries: readonly T[]): T[] {
  const urgency = (entry: T) => mostUrgentClock(entry.clocks)?.secondsLeft ?? Infinity;
  return [...entries].sort((a, b) => urgency(a) - urgency(b) || b.incident.awareAt.getTime() - a.incident.awareAt.getTime());
}

export function listAnswer(entries: readonly { incident: IncidentSummary; clocks: ClockLine[] }[]): SlackAnswer {
  if (!entries.length) return ephemeral('No open incidents.');
  const sorted = byUrgency(entries);
  const shown = sorted.slice(0, MAX_LISTED_INCIDENTS);
  const lines = shown.map(({ incident, clocks }) => {
    const urgent = mostUrgentClock(clocks);
    const others = clocks.filter(isRunning).length - 1;
    const standing = urgent
      ? `${regimeName(urgent.regime)} to ${escapeMrkdwn(urgent.recipient)}: ${CLOCK_STATE_WORDS[urgent.state](urgent)}${others > 0 ? ` (+${others} more)` : ''}`
      : '_no running clock_';
    return `*${incident.reference}* · ${escapeMrkdwn(incident.title)}\n${standing}`;
  });
  const heading = `${entries.length} open incident${entries.length === 1 ? '' : 's'}, most urgent first`;
  return ephemeral(`${heading}\n${lines.join('\n')}`, [
    section(`*${heading}*`),
    ...lines.map(section),
    ...(sorted.length > shown.length ? [context(`…and ${sorted.length - shown.length} more: the API lists them all`)] : []),
  ]);
}

export function statusAnswer(status: IncidentStatus, timeZone: string): SlackAnswer {
  const { incident } = status;
  const heading = `${incident.reference} · ${incident.title}`;
  const facts = incident.facts;
  const clockLines = status.clocks.map((clock) => {
    const due = formatHuman(new Date(clock.dueAt), timeZone, 'en');
    return `• *${regimeName(clock.regime)}* to ${escapeMrkdwn(clock.recipient)}: ${CLOCK_STATE_WORDS[clock.state](clock)} (due ${due})`;
  });
  const noticeLines = status.notices.map(
    (notice) => `• ${notice.kind} notice (${notice.language}), version ${notice.version}: *${notice.state}* · id \`${notice.id}\``,
  );
  const blocks = [
    { type: 'header', text: { type: 'plain_text', text: truncate(heading, MAX_HEADER_LENGTH), emoji: true } },
    {
      type: 'section',
      fields: [
        ['State', incident.state],
        ['Role', incident.role],
        ['Aware since', formatHuman(incident.awareAt, timeZone, 'en')],
        ['People affected', facts.subjectsAffected === undefined ? 'unknown' : String(facts.subjectsAffected)],
        ['Breach types', facts.breachTypes.join(', ')],
        ['Data categories', facts.dataCategories.map((category) => category.replace(/_/g, ' ')).join(', ')],
      ].map(([label, value]) => ({ type: 'mrkdwn', text: `*${label}*\n${escapeMrkdwn(value)}` })),
    },
    decisionSection(status.assessment),
    section(longText(['*Clocks*', ...(clockLines.length ? clockLines : ['none running'])])),
    ...(noticeLines.length ? [section(longText(['*Notices*', ...noticeLines]))] : []),
  ];
  return ephemeral(`${escapeMrkdwn(heading)}: ${incident.state}`, blocks);
}

export function assessingAnswer(reference: string): SlackAnswer {
  return ephemeral(`Assessing *${reference}* again; the result follows here in a moment.`);
}

export function assessedAnswer(reference: string, assessment: DecisionSummary | null): SlackAnswer {
  return ephemeral(`*${reference}* assessed again.`, [section(`*${reference}* assessed again.`), decisionSection(assessment)]);
}

export function acknowledgedAnswer(reference: string, postedInThread: boolean): SlackAnswer {
  return ephemeral(`You are down as handling *${reference}*.${postedInThread ? ' I said so in the incident’s thread.' : ''}`);
}

/** Posted in the incident's thread, so the channel knows someone has it. */
export function handlingMessage(reference: string, slackUserId: string): { text: string; blocks: unknown[] } {
  const text = `🙋 <@${slackUserId}> is handling ${reference}.`;
  return { text, blocks: [section(text)] };
}

export function noticeDecisionMessage(
  notice: NoticeSummary,
  decision: 'approved' | 'rejected',
  slackUserId: string,
  reason?: string,
): { text: string; blocks: unknown[] } {
  const icon = decision === 'approved' ? '✅' : '↩️';
  const because = reason ? `: ${escapeMrkdwn(reason)}` : '';
  const text = `${icon} The ${notice.kind} notice (${notice.language}), version ${notice.version}, was ${decision} by <@${slackUserId}>${because}`;
  return { text, blocks: [section(text)] };
}

export function newIncidentModal(title: string, now: Date): unknown {
  const options = (entries: readonly [value: string, text: string, description?: string][]) =>
    entries.map(([value, text, description]) => ({
      value,
      text: { type: 'plain_text', text },
      ...(description ? { description: { type: 'plain_text', text: description } } : {}),
    }));
  return {
    type: 'modal',
    callback_id: NEW_INCIDENT_CALLBACK,
    title: { type: 'plain_text', text: 'Log a breach' },
    submit: { type: 'plain_text', text: 'Log it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      input('title', 'Title', { type: 'plain_text_input', max_length: 200, initial_value: title }),
      input('role', 'Our role', { type: 'radio_buttons', options: options(INCIDENT_ROLES.map((role) => [role, ROLE_LABELS[role]])) }),
      input('breachTypes', 'What happened to the data', {
        type: 'checkboxes',
        options: options(BREACH_TYPES.map((type) => [type, BREACH_TYPE_LABELS[type].text, BREACH_TYPE_LABELS[type].description])),
      }),
      input('dataCategories', 'Which kinds of personal data', {
        type: 'multi_static_select',
        placeholder: { type: 'plain_text', text: 'Choose every kind involved' },
        options: options(DATA_CATEGORIES.map((category) => [category, capitalise(EN.vocabulary.dataCategory[category])])),
      }),
      input('subjectsAffected', 'About how many people', { type: 'number_input', is_decimal_allowed: false, min_value: '0' }, true),
      input('awareAt', 'When we became aware (the clocks start here)', {
        type: 'datetimepicker',
        initial_date_time: Math.floor(now.getTime() / 1000),
      }),
    ],
  };
}

/** The form's answers in the shape of the intake API's body, for the same validation. */
export function newIncidentInput(values: ViewStateValues): Record<string, unknown> {
  const field = (block: string) => values[block]?.[INPUT];
  const subjects = field('subjectsAffected')?.value;
  const awareAt = field('awareAt')?.selected_date_time;
  const input: Record<string, unknown> = {
    title: field('title')?.value ?? undefined,
    role: field('role')?.selected_option?.value,
    breachTypes: field('breachTypes')?.selected_options?.map((option) => option.value) ?? [],
    dataCategories: field('dataCategories')?.selected_options?.map((option) => option.value) ?? [],
    // A number that is not a whole one is passed on as typed, so validation names the field.
    subjectsAffected: subjects ? (Number.isFinite(Number(subjects)) ? Number(subjects) : subjects) : undefined,
    awareAt: typeof awareAt === 'number' ? new Date(awareAt * 1000).toISOString() : undefined,
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** Problems in the `errors` shape of a view_submission answer: each under its field, anything else under the first. */
function formErrors(problems: readonly FieldProblem[], fields: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { field, problem } of problems) {
    const block = fields.find((name) => field === name || field.startsWith(`${name}.`)) ?? fields[0];
    const sentence = block === field ? capitalise(problem) : `${field} ${problem}`;
    errors[block] = errors[block] ? `${errors[block]}; ${sentence}` : sentence;
  }
  return errors;
}

export const newIncidentErrors = (problems: readonly FieldProblem[]) => formErrors(problems, NEW_INCIDENT_FIELDS);
export const rejectReasonErrors = (problems: readonly FieldProblem[]) => formErrors(problems, [REASON_BLOCK]);
export const justificationErrors = (problems: readonly FieldProblem[]) => formErrors(problems, [JUSTIFICATION_BLOCK]);

/** Asks the DPO why the duties a pending assessment drops are no longer owed. */
export function confirmDowngradeModal(confirming: ConfirmContext): unknown {
  return writtenReasonModal(CONFIRM_DOWNGRADE_CALLBACK, confirming, 'Confirm the downgrade', 'Confirm', JUSTIFICATION_BLOCK, 'Why the dropped duties are no longer owed (kept in the register)');
}

export function justificationOf(values: ViewStateValues): string {
  return typedTextOf(values, JUSTIFICATION_BLOCK);
}

export function incidentLoggedView(reference: string, title: string): unknown {
  return messageView(
    'Breach logged',
    `*${reference}* · ${escapeMrkdwn(title)} is logged.\n\`/breach status ${reference}\` shows its decision and its clocks.`,
  );
}

/** A one-message modal: what a submitted form is replaced with. */
export function messageView(title: string, mrkdwn: string): unknown {
  return { type: 'modal', title: { type: 'plain_text', text: title }, close: { type: 'plain_text', text: 'Close' }, blocks: [section(mrkdwn)] };
}

/** Asks for the reason a notice is sent back. */
export function rejectReasonModal(rejecting: RejectContext): unknown {
  return writtenReasonModal(REJECT_NOTICE_CALLBACK, rejecting, 'Reject the notice', 'Reject', REASON_BLOCK, 'What must change before you approve it');
}

export function rejectReasonOf(values: ViewStateValues): string {
  return typedTextOf(values, REASON_BLOCK);
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

function typedTextOf(values: ViewStateValues, block: string): string {
  return values[block]?.[INPUT]?.value?.trim() ?? '';
}

function decisionSection(assessment: DecisionSummary | null): unknown {
  if (!assessment) return section('*Decision*\nNot assessed yet.');
  const decision = describeDecision({ ...assessment, overridden: assessment.override !== null });
  const reasons = topReasons(assessment.reasons).map((reason) => `• ${escapeMrkdwn(reason.explanation)}`);
  const severity = `Severity ${assessment.severity.level.replace('_', ' ')} (${assessment.severity.score})`;
  return section(longText(['*Decision*', `${decision} · ${severity}`, ...reasons]));
}

function topReasons(reasons: readonly Reason[]): Reason[] {
  const rank = (reason: Reason) => {
    const index = REASON_PRIORITY.findIndex((prefix) => reason.factor.startsWith(prefix));
    return index === -1 ? REASON_PRIORITY.length : index;
  };
  return [...reasons].sort((a, b) => rank(a) - rank(b)).slice(0, TOP_REASONS);
}

function input(blockId: string, label: string, element: Record<string, unknown>, optional = false): unknown {
  return { type: 'input', block_id: blockId, optional, label: { type: 'plain_text', text: label }, element: { ...element, action_id: INPUT } };
}

const isRunning = (clock: ClockLine) => clock.state === 'running' || clock.state === 'missed';

function mostUrgentClock(clocks: readonly ClockLine[]): ClockLine | undefined {
  return clocks.filter(isRunning).sort((a, b) => a.secondsLeft - b.secondsLeft)[0];
}

const regimeName = (regime: string) => REGIME_NAMES[regime as keyof typeof REGIME_NAMES] ?? regime;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const longText = (lines: string[]) => truncate(lines.join('\n'), MAX_SECTION_LENGTH);
