// What Breach Desk answers someone using /breach in Slack, and what it posts about their decisions. Pure:
// every time and time zone is an argument.
import type { ClockState } from '../clocks/rules/clock-status.js';
import { formatHuman } from '../common/local-time.js';
import type { AssessmentPart, Decision, Reason, SeverityLevel } from '../risk/assessment.js';
import type { BreachType, IncidentRole } from '../risk/facts.js';
import { context, escapeMrkdwn, header, longText, section } from './block-kit.js';
import { REGIME_NAMES, describeDecision } from './escalation-blocks.js';

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

interface SeveritySummary {
  level: SeverityLevel;
  score: number;
}

export interface DecisionSummary extends Omit<Decision, 'notifyControllers'> {
  override: unknown;
  severity: SeveritySummary;
  reasons: Reason[];
  /** When the breach touched our own data and our customers': each role's decision (issue #15). */
  parts?: (Pick<AssessmentPart, 'role' | 'systems' | 'controllers' | keyof Decision> & { severity: SeveritySummary })[];
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

// Slack takes 50 blocks a message: a heading, 40 incidents and a line for the rest fit.
const MAX_LISTED_INCIDENTS = 40;
const TOP_REASONS = 3;
// Which reasons say most about the decision: what raised the risk level, the severity behind it, then the legal consequence.
const REASON_PRIORITY = ['edpb.', 'risk.', 'decision.'];

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

const CLOCK_STATE_WORDS: Record<ClockState, (clock: ClockLine) => string> = {
  running: (clock) => `*${clock.timeLeft} left*`,
  missed: (clock) => `*${clock.timeLeft}*`,
  met: (clock) => (clock.late ? 'met, late' : 'met'),
  not_required: () => 'not required',
};

export const ephemeral = (text: string, blocks?: unknown[]): SlackAnswer => ({
  response_type: 'ephemeral',
  text,
  ...(blocks ? { blocks } : {}),
});

export function helpAnswer(): SlackAnswer {
  const lines = COMMANDS.map(([usage, purpose]) => `\`${usage}\` ${purpose}`);
  return ephemeral(['*Breach Desk in Slack*', ...lines].join('\n'));
}

export function invalidCommandAnswer(problem: string): SlackAnswer {
  return ephemeral(`${problem} \`/breach help\` lists what I can do.`);
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
    header(heading),
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
    ...partsSection(status.assessment),
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

export function acknowledgedAnswer(reference: string, postedInThread: boolean, takenOverFrom: string | null = null): SlackAnswer {
  const from = takenOverFrom ? ` (taken over from ${escapeMrkdwn(takenOverFrom)})` : '';
  return ephemeral(`You are down as handling *${reference}*${from}.${postedInThread ? ' I said so in the incident’s thread.' : ''}`);
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

function decisionSection(assessment: DecisionSummary | null): unknown {
  if (!assessment) return section('*Decision*\nNot assessed yet.');
  const decision = describeDecision({ ...assessment, overridden: assessment.override !== null });
  const reasons = topReasons(assessment.reasons).map((reason) => `• ${escapeMrkdwn(reason.explanation)}`);
  const severity = `Severity ${severityWords(assessment.severity)}`;
  return section(longText(['*Decision*', `${decision} · ${severity}`, ...reasons]));
}

/** Our duties as controller and our warnings as processor, one line each, when the incident has both. */
function partsSection(assessment: DecisionSummary | null): unknown[] {
  const parts = assessment?.parts ?? [];
  if (parts.length < 2) return [];
  const lines = parts.map((part) => {
    const systems = escapeMrkdwn(part.systems.join(', '));
    const severity = `severity ${severityWords(part.severity)}`;
    if (part.role === 'controller') {
      return `• *As controller* (${systems}): ${describeDecision({ ...part, overridden: false })} · ${severity}`;
    }
    const controllers = part.controllers?.length ? `: ${escapeMrkdwn(part.controllers.join(', '))}` : '';
    return `• *As processor* (${systems}): warn the controllers ${part.notifyControllers ? `yes${controllers}` : 'no'} · ${severity}`;
  });
  return [section(longText(['*Parts*', ...lines]))];
}

const severityWords = ({ level, score }: SeveritySummary) => `${level.replace('_', ' ')} (${score})`;

function topReasons(reasons: readonly Reason[]): Reason[] {
  const rank = (reason: Reason) => {
    const index = REASON_PRIORITY.findIndex((prefix) => reason.factor.startsWith(prefix));
    return index === -1 ? REASON_PRIORITY.length : index;
  };
  return [...reasons].sort((a, b) => rank(a) - rank(b)).slice(0, TOP_REASONS);
}

const isRunning = (clock: ClockLine) => clock.state === 'running' || clock.state === 'missed';

function mostUrgentClock(clocks: readonly ClockLine[]): ClockLine | undefined {
  return clocks.filter(isRunning).sort((a, b) => a.secondsLeft - b.secondsLeft)[0];
}

const regimeName = (regime: string) => REGIME_NAMES[regime as keyof typeof REGIME_NAMES] ?? regime;
