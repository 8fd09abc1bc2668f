// The stable codes of the engine's reasons, and the values each carries. A code never changes meaning: notices,
// Slack and customers' scripts render or match on it, in any language (src/notices/render/i18n/reason-wording.ts).
// Pure.
import { DATA_CATEGORIES, RECIPIENTS } from './facts.js';

const CODES = [
  ...DATA_CATEGORIES.map((category) => `dpc.base.${category}` as const),
  'dpc.volume_per_person',
  'dpc.profile',
  'dpc.vulnerable_subjects',
  'dpc.sensitive_context',
  'ei.stated',
  'ei.inferred_direct',
  'ei.inferred_default',
  ...RECIPIENTS.map((recipients) => `cb.confidentiality.${recipients}` as const),
  'cb.confidentiality.not_breached',
  'cb.integrity.unaltered',
  'cb.integrity.recoverable',
  'cb.integrity.unrecoverable',
  'cb.integrity.not_breached',
  'cb.availability.short',
  'cb.availability.long',
  'cb.availability.lost',
  'cb.availability.not_breached',
  'cb.malicious.deliberate',
  'cb.malicious.accidental',
  'cb.malicious.unstated',
  'severity.score',
  'risk.baseline',
  'edpb.number_of_people.many',
  'edpb.number_of_people.large_scale',
  'edpb.permanence.lost',
  'edpb.permanence.corrupted',
  'edpb.prolonged_unavailability.outage',
  'edpb.prolonged_unavailability.no_backup',
  'edpb.special_categories',
  'edpb.identity_fraud',
  'edpb.malicious_actor',
  'edpb.published',
  'edpb.mitigation.confidentiality.unintelligible',
  'edpb.mitigation.confidentiality.trusted_recipient',
  'edpb.mitigation.confidentiality.not_read',
  'edpb.mitigation.availability.restored',
  'edpb.mitigation.integrity.unaltered',
  'edpb.mitigation.integrity.restored',
  'edpb.mitigated',
  'decision.authority.not_required',
  'decision.authority.required',
  'decision.data_subjects.not_high_risk',
  'decision.data_subjects.exempted',
  'decision.data_subjects.required',
  'exemption.art34_3_a.applies',
  'exemption.art34_3_a.does_not_apply',
  'exemption.art34_3_b.applies',
  'exemption.art34_3_c.applies',
] as const;

export type ReasonCode = (typeof CODES)[number];
export const REASON_CODES: readonly ReasonCode[] = CODES;

/** The values a reason's wording needs: numbers, identifiers from the facts' vocabulary, lists of them. */
export type ReasonParam = string | number | boolean | readonly string[];
export type ReasonParams = Readonly<Record<string, ReasonParam | undefined>>;
