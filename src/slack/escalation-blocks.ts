// An escalation as a Slack message: Block Kit for the channel, plain text for notifications. Pure.
import type { ClockRegime } from '../clocks/rules/clock-spec.js';
import { formatDuration, formatHuman } from '../common/local-time.js';
import type { EscalationClockLine, EscalationMessage, EscalationMessageKind } from '../notifications/escalation-message.js';
import type { RiskLevel } from '../risk/assessment.js';
import { context, escapeMrkdwn, header, section } from './block-kit.js';

export interface SlackMessageContent {
  text: string;
  blocks: unknown[];
}

const HEADINGS: Record<EscalationMessageKind, { emoji: string; label: string }> = {
  logged: { emoji: '🆕', label: 'New breach' },
  reminder: { emoji: '⏰', label: 'Reminder' },
  overdue: { emoji: '🚨', label: 'Overdue' },
  catch_up: { emoji: '⏪', label: 'Catching up' },
};

export const REGIME_NAMES: Record<ClockRegime, string> = {
  gdpr_art33: 'GDPR Art. 33 notice',
  gdpr_art34: 'GDPR Art. 34 communication to people',
  processor_to_controller: 'Processor → controller warning',
  eprivacy_initial: 'ePrivacy initial notification',
  eprivacy_second_phase: 'ePrivacy second-phase notification',
  eprivacy_subscribers: 'ePrivacy notice to subscribers',
  nis2_early_warning: 'NIS2 early warning',
  nis2_notification: 'NIS2 incident notification',
  nis2_final_report: 'NIS2 final report',
  dora_initial: 'DORA initial notification',
  dora_intermediate: 'DORA intermediate report',
  dora_final: 'DORA final report',
};

const RISK_LEVEL_NAMES: Record<RiskLevel, string> = {
  unlikely: 'unlikely to result in a risk',
  risk: 'risk',
  high_risk: 'high risk',
};

// How the alerts a catch-up line stands for are named ('left_24h', 'overdue_0', …; see escalation-steps.ts).
const LEVEL_NAMES: readonly { pattern: RegExp; name: (match: RegExpExecArray) => string }[] = [
  { pattern: /^logged$/, name: () => 'the alert on logging' },
  { pattern: /^left_(.+)h$/, name: (match) => `${match[1]} h left` },
  { pattern: /^overdue_0$/, name: () => 'the deadline' },
  { pattern: /^overdue_(\d+)$/, name: (match) => `overdue repeat ${match[1]}` },
];

// Slack takes at most 50 blocks.
const MAX_CLOCK_SECTIONS = 45;
const SECONDS_PER_MINUTE = 60;

/** Louder alerts (the escalation contacts are in the audience) also wake whoever is in the channel. */
export function renderEscalation(message: EscalationMessage, now: Date, timeZone: string): SlackMessageContent {
  const { emoji, label } = HEADINGS[message.kind];
  const heading = `${emoji} ${label}: ${message.incident.reference} · ${message.incident.title}`;
  const mentions = [
    ...(message.audience.includes('contacts') ? ['<!here>'] : []),
    ...message.mentions.map((userId) => `<@${userId}>`),
  ].join(' ');
  const clocks = message.clocks.map((clock) => describeClock(clock, now, timeZone));
  const shown = clocks.slice(0, MAX_CLOCK_SECTIONS);
  const blocks: unknown[] = [
    header(heading),
    ...(mentions ? [section(mentions)] : []),
    ...shown.map((clock) => section(clock.mrkdwn)),
    ...(clocks.length > shown.length ? [context(`…and ${clocks.length - shown.length} more clocks`)] : []),
    context(describeDecision(message.decision)),
  ];
  const text = [[mentions, escapeMrkdwn(heading)].filter(Boolean).join(' '), ...clocks.map((clock) => `• ${clock.plain}`)].join('\n');
  return { text, blocks };
}

function describeClock(clock: EscalationClockLine, now: Date, timeZone: string): { mrkdwn: string; plain: string } {
  const dueAt = new Date(clock.dueAt);
  const regime = REGIME_NAMES[clock.regime as ClockRegime] ?? clock.regime;
  const dueUtc = formatHuman(dueAt, 'UTC', 'en').replace(' (UTC+00:00)', ' UTC');
  const standing = timeLeft((dueAt.getTime() - now.getTime()) / 1000);
  const missed = clock.supersededLevels.length
    ? [`_Passed while Breach Desk was down: ${clock.supersededLevels.map(levelName).join(', ')}_`]
    : [];
  return {
    mrkdwn: [
      `*${regime}* to ${escapeMrkdwn(clock.recipient)} · ${escapeMrkdwn(clock.legalBasis)}`,
      `Due ${dueUtc} · ${formatHuman(dueAt, timeZone, 'en')} ${timeZone}`,
      `*${standing}*`,
      ...missed,
    ].join('\n'),
    plain: `${regime}: due ${dueUtc}, ${standing}`,
  };
}

function timeLeft(seconds: number): string {
  if (Math.abs(seconds) < SECONDS_PER_MINUTE) return 'due now';
  const duration = formatDuration(seconds, 'en');
  return seconds > 0 ? `${duration} left` : duration;
}

function levelName(level: string): string {
  for (const { pattern, name } of LEVEL_NAMES) {
    const match = pattern.exec(level);
    if (match) return name(match);
  }
  return level;
}

export function describeDecision(decision: EscalationMessage['decision']): string {
  if (!decision) return 'Risk: not assessed yet';
  const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
  const parts = [
    `Risk: ${RISK_LEVEL_NAMES[decision.riskLevel]}`,
    `notify authority: ${yesNo(decision.notifyAuthority)}`,
    `notify people: ${yesNo(decision.notifyDataSubjects)}`,
  ];
  return `${parts.join(' · ')}${decision.overridden ? ' (DPO override)' : ''}`;
}
