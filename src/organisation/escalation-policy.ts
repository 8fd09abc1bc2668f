// When a running clock is announced again and to whom (shared/api-contract.md, "Default escalation policy"). Pure.

export interface EscalationPolicy {
  /** A reminder when this many hours remain. */
  reminderHoursLeft: readonly number[];
  /** After the deadline, an overdue alert every this many hours. */
  overdueRepeatHours: number;
  /** Alerts at or below this many hours left also mention the DPO. */
  dpoFromHoursLeft: number;
  /** Alerts at or below this many hours left, and every overdue alert, also mention the escalation contacts. */
  contactsFromHoursLeft: number;
  /**
   * The alert on logging mentions the DPO whatever the time left (GDPR Art. 38(1): the DPO is involved
   * properly and in a timely manner in all issues relating to personal data; WP250 on involving the DPO
   * promptly). Absent means true: settings saved before this field existed keep the safe default.
   */
  dpoOnLogging?: boolean;
}

export const DEFAULT_ESCALATION_POLICY: Readonly<EscalationPolicy> = Object.freeze({
  reminderHoursLeft: Object.freeze([48, 24, 12, 6, 2]),
  overdueRepeatHours: 6,
  dpoFromHoursLeft: 12,
  contactsFromHoursLeft: 2,
  dpoOnLogging: true,
});

export type EscalationAudience = 'channel' | 'dpo' | 'contacts';

// Later levels mention more people. Tiers never reach above 0 h, so an overdue alert reaches everyone.
const AUDIENCE_TIERS: readonly { member: EscalationAudience; fromHoursLeft: (policy: EscalationPolicy) => number }[] = [
  { member: 'channel', fromHoursLeft: () => Infinity },
  { member: 'dpo', fromHoursLeft: (policy) => Math.max(policy.dpoFromHoursLeft, 0) },
  { member: 'contacts', fromHoursLeft: (policy) => Math.max(policy.contactsFromHoursLeft, 0) },
];

/** Who an alert mentions when `hoursLeft` remain (negative: overdue). */
export function audienceAt(hoursLeft: number, policy: EscalationPolicy): EscalationAudience[] {
  return AUDIENCE_TIERS.filter((tier) => hoursLeft <= tier.fromHoursLeft(policy)).map((tier) => tier.member);
}

/** Who the alert on logging mentions: as audienceAt, plus the DPO unless the organisation turned that off. */
export function audienceOnLogging(hoursLeft: number, policy: EscalationPolicy): EscalationAudience[] {
  const audience = audienceAt(hoursLeft, policy);
  if (policy.dpoOnLogging === false || audience.includes('dpo')) return audience;
  return AUDIENCE_TIERS.map((tier) => tier.member).filter((member) => member === 'dpo' || audience.includes(member));
}

export interface PolicyProblem {
  field: string;
  problem: string;
}

const isPositive = (n: number): boolean => Number.isFinite(n) && n > 0;
const isZeroOrMore = (n: number): boolean => Number.isFinite(n) && n >= 0;

interface NumberRule {
  field: Exclude<keyof EscalationPolicy, 'reminderHoursLeft' | 'dpoOnLogging'>;
  accepts: (n: number) => boolean;
  problem: string;
}

const NUMBER_RULES: readonly NumberRule[] = [
  { field: 'overdueRepeatHours', accepts: isPositive, problem: 'must be a positive number of hours' },
  { field: 'dpoFromHoursLeft', accepts: isZeroOrMore, problem: 'must be 0 or more hours' },
  { field: 'contactsFromHoursLeft', accepts: isZeroOrMore, problem: 'must be 0 or more hours' },
];

/** Every problem with a policy, one per bad field; empty when it is usable. */
export function validateEscalationPolicy(policy: EscalationPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = policy.reminderHoursLeft.flatMap((hours, index) => {
    const field = `reminderHoursLeft[${index}]`;
    if (!isPositive(hours)) return [{ field, problem: 'must be a positive number of hours' }];
    if (policy.reminderHoursLeft.indexOf(hours) !== index) {
      return [{ field, problem: `repeats ${hours}: each reminder needs its own threshold` }];
    }
    return [];
  });
  for (const rule of NUMBER_RULES) {
    if (!rule.accepts(policy[rule.field])) problems.push({ field: rule.field, problem: rule.problem });
  }
  if (policy.contactsFromHoursLeft > policy.dpoFromHoursLeft) {
    problems.push({
      field: 'contactsFromHoursLeft',
      problem: 'must not exceed dpoFromHoursLeft: the DPO hears of a clock before the escalation contacts do',
    });
  }
  return problems;
}
