// What the facts say about each kind of breach, read the same way by every part of the engine. Pure.
// Art. 33(1): a breach is notified unless it is unlikely to result in a risk, so a declared breach whose details
// are missing is read the way that leans to notifying. Details given for an undeclared breach type are ignored.
// A mitigation answers a part of the breach only on evidence, never on the absence of it (EDPB 01/2021; WP250 IV.B).
import type { AvailabilityFacts, BreachType, ConfidentialityFacts, IntegrityFacts, RiskFacts } from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';

/** An outage shorter than this, restored from a backup, is short (EDPB 01/2021 case 01: restored within hours). */
export const SHORT_OUTAGE_HOURS = 24;
/** From this long, an outage of data people depend on disrupts them even when restored the same day (case 03). */
export const DEPENDENT_OUTAGE_HOURS = 1;
/** A disclosure to at most this many known recipients can be recovered from them (EDPB 01/2021 cases 13 and 16). */
export const FEW_RECIPIENTS = 2;

const ASSUMED_CONFIDENTIALITY: ConfidentialityFacts = { recipients: 'unknown', dataRetrieved: false };
const ASSUMED_AVAILABILITY: AvailabilityFacts = { outageHours: SHORT_OUTAGE_HOURS, restorable: false, permanentLoss: false };
const ASSUMED_INTEGRITY: IntegrityFacts = { altered: true, recoverable: false };

export type AvailabilityState = 'short' | 'long' | 'lost';
export type IntegrityState = 'unaltered' | 'recoverable' | 'unrecoverable';

export function isDeclared(facts: RiskFacts, type: BreachType): boolean {
  return facts.breachTypes.includes(type);
}

/**
 * A deliberate attack on the data's availability (ransomware) may also have copied them. Unless the responder rules
 * that out, the engine weighs a confidentiality breach to unknown recipients as well (EDPB 01/2021 cases 01 and 02).
 */
export function isPossibleExfiltration(facts: RiskFacts): boolean {
  return (
    facts.malicious === true &&
    isDeclared(facts, 'availability') &&
    !isDeclared(facts, 'confidentiality') &&
    facts.availability?.exfiltrationRuledOut !== true
  );
}

/** The same breach without its disclosure, to ask what the rest weighs alone; whether data were copied is the disclosure's question. */
export function withoutDisclosure(facts: RiskFacts): RiskFacts {
  const availability = availabilityOf(facts);
  return {
    ...facts,
    breachTypes: facts.breachTypes.filter((type) => type !== 'confidentiality'),
    confidentiality: undefined,
    availability: availability && { ...availability, exfiltrationRuledOut: true },
  };
}

/** The breach types the engine weighs: the declared ones, and a confidentiality breach an attack may have caused. */
export function weighedTypes(facts: RiskFacts): BreachType[] {
  return isPossibleExfiltration(facts) ? ['confidentiality', ...facts.breachTypes] : facts.breachTypes;
}

/** True when the breach type is weighed but its details were not given, so the engine assumed them. */
export function isAssumed(facts: RiskFacts, type: BreachType): boolean {
  return weighedTypes(facts).includes(type) && (facts[type] === undefined || (type === 'confidentiality' && isPossibleExfiltration(facts)));
}

export function confidentialityOf(facts: RiskFacts): ConfidentialityFacts | undefined {
  if (isPossibleExfiltration(facts)) return ASSUMED_CONFIDENTIALITY;
  return isDeclared(facts, 'confidentiality') ? (facts.confidentiality ?? ASSUMED_CONFIDENTIALITY) : undefined;
}

export function availabilityOf(facts: RiskFacts): AvailabilityFacts | undefined {
  return isDeclared(facts, 'availability') ? (facts.availability ?? ASSUMED_AVAILABILITY) : undefined;
}

export function integrityOf(facts: RiskFacts): IntegrityFacts | undefined {
  return isDeclared(facts, 'integrity') ? (facts.integrity ?? ASSUMED_INTEGRITY) : undefined;
}

export function availabilityState(availability: AvailabilityFacts): AvailabilityState {
  if (availability.permanentLoss || !availability.restorable) return 'lost';
  return availability.outageHours < SHORT_OUTAGE_HOURS ? 'short' : 'long';
}

export function integrityState(integrity: IntegrityFacts): IntegrityState {
  if (!integrity.altered) return 'unaltered';
  return integrity.recoverable ? 'recoverable' : 'unrecoverable';
}

/** State-of-the-art encryption, or salted slow hashing of secrets, whose key is safe. */
export function isUnintelligible(facts: RiskFacts): boolean {
  return facts.encryption?.level === 'strong' && !facts.encryption.keyCompromised;
}

/** Evidence shows nobody unauthorised read the data: the only fact that answers an exposure nobody is known to have read. */
function isAccessRuledOut(confidentiality: ConfidentialityFacts): boolean {
  return confidentiality.accessRuledOut === true;
}

/** Case 09: the only recipient is known and trusted, has no reason to misuse the data, and returned or deleted them. */
function isReturnedByTrustedRecipient(confidentiality: ConfidentialityFacts): boolean {
  return confidentiality.recipients === 'known_trusted' && confidentiality.dataRetrieved && confidentiality.recipientMayMisuse !== true;
}

/** Readable data reached, or may have reached, someone from whom they were not taken back. */
export function isReadableExposure(facts: RiskFacts): boolean {
  const confidentiality = confidentialityOf(facts);
  return (
    confidentiality !== undefined &&
    !isUnintelligible(facts) &&
    confidentiality.recipients !== 'none_confirmed' &&
    !isAccessRuledOut(confidentiality) &&
    !isReturnedByTrustedRecipient(confidentiality)
  );
}

/** The kind of recipient recovery that keeps a disclosure below a high risk (WP250 IV.B; EDPB 01/2021 cases 09, 13, 16). */
export type Recovery = 'trusted_recipient_pending' | 'few_recipients_returned';

/**
 * A disclosure to known recipients who cannot or will not use it against the people: a trusted recipient bound by
 * secrecy whose deletion is not confirmed yet, or one or two wrong recipients who returned or deleted the data.
 * Never for a deliberate breach, a recipient with a reason to misuse, or (for untrusted recipients) data that enable
 * identity theft: a promise of deletion from a stranger cannot be checked (UODO DKN.5131.3.2021).
 */
export function recoveryOf(facts: RiskFacts, enablesIdentityTheft: boolean): Recovery | undefined {
  const confidentiality = isDeclared(facts, 'confidentiality') ? facts.confidentiality : undefined;
  if (
    confidentiality === undefined ||
    facts.malicious === true ||
    facts.safetyAtRisk === true ||
    confidentiality.recipientMayMisuse === true
  ) {
    return undefined;
  }
  if (confidentiality.recipients === 'known_trusted' && !confidentiality.dataRetrieved) return 'trusted_recipient_pending';
  const few = confidentiality.recipientCount !== undefined && confidentiality.recipientCount <= FEW_RECIPIENTS;
  return confidentiality.recipients === 'known_untrusted' && confidentiality.dataRetrieved && few && !enablesIdentityTheft
    ? 'few_recipients_returned'
    : undefined;
}

/** People depend on the data being there in time: stated, or patients' records (EDPB 01/2021 case 03; WP250 Annex B viii). */
export function peopleDependOnAccess(facts: RiskFacts): boolean {
  return availabilityOf(facts)?.peopleDependOnAccess === true || (facts.subjectCategories ?? []).includes('patients');
}

/** The code and values of a reason. */
export interface Because {
  code: ReasonCode;
  params: ReasonParams;
}

/** Why a part of the breach leaves people unharmed (`answered`), or why what looks like a mitigation is not one (`refused`). */
export type MitigationVerdict = { answered: true; because: Because } | { answered: false; because?: Because };

const NOT_ANSWERED: MitigationVerdict = { answered: false };

const MITIGATIONS: Readonly<Record<BreachType, (facts: RiskFacts) => MitigationVerdict>> = {
  confidentiality(facts) {
    if (isUnintelligible(facts)) return { answered: true, because: { code: 'edpb.mitigation.confidentiality.unintelligible', params: {} } };
    const confidentiality = confidentialityOf(facts);
    if (confidentiality === undefined) return NOT_ANSWERED;
    if (isAccessRuledOut(confidentiality)) {
      return { answered: true, because: { code: 'edpb.mitigation.confidentiality.access_ruled_out', params: {} } };
    }
    if (isReturnedByTrustedRecipient(confidentiality)) {
      return { answered: true, because: { code: 'edpb.mitigation.confidentiality.trusted_recipient', params: {} } };
    }
    // Closing an exposure recalls no copies, and not knowing of access is not proof of none (WP250 IV.B; CNIL SAN-2021-020).
    return confidentiality.recipients === 'none_confirmed'
      ? {
          answered: false,
          because: { code: 'edpb.no_mitigation.access_not_ruled_out', params: { retrieved: confidentiality.dataRetrieved } },
        }
      : NOT_ANSWERED;
  },
  availability(facts) {
    const availability = availabilityOf(facts);
    if (availability === undefined || availabilityState(availability) !== 'short') return NOT_ANSWERED;
    if (peopleDependOnAccess(facts) && availability.outageHours >= DEPENDENT_OUTAGE_HOURS) {
      return {
        answered: false,
        because: { code: 'edpb.no_mitigation.people_depend_on_access', params: { hours: availability.outageHours } },
      };
    }
    return { answered: true, because: { code: 'edpb.mitigation.availability.restored', params: { hours: availability.outageHours } } };
  },
  integrity(facts) {
    const integrity = integrityOf(facts);
    if (integrity === undefined) return NOT_ANSWERED;
    const state = integrityState(integrity);
    if (state === 'unaltered') return { answered: true, because: { code: 'edpb.mitigation.integrity.unaltered', params: {} } };
    if (state === 'unrecoverable') return NOT_ANSWERED;
    // Recoverable is not restored, and altered data may have been acted on before the restore (ENISA 2013 CB).
    return integrity.restored === true && integrity.misuseRuledOut === true
      ? { answered: true, because: { code: 'edpb.mitigation.integrity.restored', params: {} } }
      : {
          answered: false,
          because: { code: 'edpb.no_mitigation.alteration_may_have_been_used', params: { restored: integrity.restored === true } },
        };
  },
};

/** Whether a weighed breach type is answered by a mitigation, and why. */
export function mitigationOf(facts: RiskFacts, type: BreachType): MitigationVerdict {
  return MITIGATIONS[type](facts);
}

/** Every weighed breach type is answered by a mitigation. */
export function isFullyMitigated(facts: RiskFacts): boolean {
  return weighedTypes(facts).every((type) => mitigationOf(facts, type).answered);
}

/** The breach is a disclosure of unintelligible data and did no other lasting harm: encryption answers all of it. */
export function isAnsweredByEncryption(facts: RiskFacts): boolean {
  return confidentialityOf(facts) !== undefined && isUnintelligible(facts) && isFullyMitigated(facts);
}
