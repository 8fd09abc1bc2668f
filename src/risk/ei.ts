// ENISA 2013 Ease of Identification: how easily the breached data point to the people they are about. Pure.
import type { Reason } from './assessment.js';
import { isAnsweredByEncryption, isDeclared } from './breach.js';
import type { DataCategory, Identifiability, RiskFacts } from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';
import { because } from './reason.js';

export const EI_BY_IDENTIFIABILITY: Readonly<Record<Identifiability, number>> = {
  negligible: 0.25,
  limited: 0.5,
  significant: 0.75,
  maximum: 1,
};

/** Categories that name or reach a person directly; with any of them, identification is assumed to be easy. */
export const DIRECTLY_IDENTIFYING: readonly DataCategory[] = ['identity', 'national_id', 'contact', 'biometric', 'genetic', 'account'];

function identifiability(facts: RiskFacts): { level: Identifiability; code: ReasonCode; params: ReasonParams } {
  if (facts.identifiability !== undefined) {
    return { level: facts.identifiability, code: 'ei.stated', params: { identifiability: facts.identifiability } };
  }
  const direct = facts.dataCategories.filter((category) => DIRECTLY_IDENTIFYING.includes(category));
  return direct.length > 0
    ? { level: 'maximum', code: 'ei.inferred_direct', params: { identifiability: 'maximum', categories: direct } }
    : { level: 'significant', code: 'ei.inferred_default', params: { identifiability: 'significant' } };
}

/** Why encryption does or does not lower EI (the wording's `encryption` value). */
function encryptionNote(facts: RiskFacts): string {
  const encryption = facts.encryption;
  if (encryption === undefined || encryption.level === 'none') return 'none';
  if (encryption.level === 'weak') return 'weak';
  if (encryption.keyCompromised) return 'key_compromised';
  return isDeclared(facts, 'confidentiality') ? 'lasting_harm' : 'not_disclosure';
}

export function easeOfIdentification(facts: RiskFacts): { ei: number; reasons: Reason[] } {
  const { level, code, params } = identifiability(facts);
  const unintelligible = isAnsweredByEncryption(facts);
  const ei = unintelligible ? EI_BY_IDENTIFIABILITY.negligible : EI_BY_IDENTIFIABILITY[level];
  const encryption = unintelligible ? 'unintelligible' : encryptionNote(facts);
  return { ei, reasons: [because(code, { ei, encryption, ...params }, 'ei', `EI ${ei}`)] };
}
