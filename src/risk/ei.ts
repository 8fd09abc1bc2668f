// ENISA 2013 Ease of Identification: how easily the breached data point to the people they are about. Pure.
import type { Reason } from './assessment.js';
import { isAnsweredByEncryption, isDeclared } from './breach.js';
import type { DataCategory, Identifiability, RiskFacts } from './facts.js';
import { listOf } from './wording.js';

export const EI_BY_IDENTIFIABILITY: Readonly<Record<Identifiability, number>> = {
  negligible: 0.25,
  limited: 0.5,
  significant: 0.75,
  maximum: 1,
};

/** Categories that name or reach a person directly; with any of them, identification is assumed to be easy. */
export const DIRECTLY_IDENTIFYING: readonly DataCategory[] = ['identity', 'national_id', 'contact', 'biometric', 'genetic', 'account'];

function identifiability(facts: RiskFacts): { level: Identifiability; explanation: string } {
  if (facts.identifiability !== undefined) {
    return { level: facts.identifiability, explanation: `Stated: the data identify people with ${facts.identifiability} ease.` };
  }
  const direct = facts.dataCategories.filter((category) => DIRECTLY_IDENTIFYING.includes(category));
  return direct.length > 0
    ? { level: 'maximum', explanation: `Inferred: the breach holds data that identify people directly (${listOf(direct)}).` }
    : {
        level: 'significant',
        explanation: 'Inferred: nothing in the breach names people directly, but without a stated level the engine assumes significant, leaning to notifying.',
      };
}

function encryptionNote(facts: RiskFacts): string {
  const encryption = facts.encryption;
  if (encryption === undefined || encryption.level === 'none') return '';
  if (encryption.level === 'weak') return ' Weak encryption does not lower it.';
  if (encryption.keyCompromised) return ' The encryption does not lower it: the key is compromised.';
  return isDeclared(facts, 'confidentiality')
    ? ' The encryption does not lower it: it protects what was disclosed, not against the lasting loss of availability or integrity this breach also caused.'
    : ' The encryption does not lower it: this breach is not a disclosure, and encryption does not help against a loss of availability or integrity.';
}

export function easeOfIdentification(facts: RiskFacts): { ei: number; reasons: Reason[] } {
  const { level, explanation } = identifiability(facts);
  if (isAnsweredByEncryption(facts)) {
    const ei = EI_BY_IDENTIFIABILITY.negligible;
    return {
      ei,
      reasons: [
        {
          factor: 'ei',
          effect: `EI ${ei}`,
          explanation: `${explanation} But the data are unintelligible to whoever holds them (state-of-the-art encryption or salted slow hashing, key safe), so EI is negligible.`,
        },
      ],
    };
  }
  const ei = EI_BY_IDENTIFIABILITY[level];
  return { ei, reasons: [{ factor: 'ei', effect: `EI ${ei}`, explanation: `${explanation}${encryptionNote(facts)}` }] };
}
