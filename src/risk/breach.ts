// What the facts say about each declared kind of breach, read the same way by every part of the engine. Pure.
// Art. 33(1): a breach is notified unless it is unlikely to result in a risk, so a declared breach whose details
// are missing is read the way that leans to notifying. Details given for an undeclared breach type are ignored.
import type {
  AvailabilityFacts,
  BreachType,
  ConfidentialityFacts,
  IntegrityFacts,
  Recipients,
  RiskFacts,
} from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';

/** An outage shorter than this, restored from a backup, is short (EDPB 01/2021 case 01: restored within hours). */
export const SHORT_OUTAGE_HOURS = 24;

const ASSUMED_CONFIDENTIALITY: ConfidentialityFacts = { recipients: 'unknown', dataRetrieved: false };
const ASSUMED_AVAILABILITY: AvailabilityFacts = { outageHours: SHORT_OUTAGE_HOURS, restorable: false, permanentLoss: false };
const ASSUMED_INTEGRITY: IntegrityFacts = { altered: true, recoverable: false };

export type AvailabilityState = 'short' | 'long' | 'lost';
export type IntegrityState = 'unaltered' | 'recoverable' | 'unrecoverable';

export function isDeclared(facts: RiskFacts, type: BreachType): boolean {
  return facts.breachTypes.includes(type);
}

/** True when the breach type is declared but its details were not given, so the engine assumed them. */
export function isAssumed(facts: RiskFacts, type: BreachType): boolean {
  return isDeclared(facts, type) && facts[type] === undefined;
}

export function confidentialityOf(facts: RiskFacts): ConfidentialityFacts | undefined {
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

const CONTAINING_RECIPIENTS: readonly Recipients[] = ['none_confirmed', 'known_trusted'];

/** The data are back under control: a trusted recipient returned or deleted them, or an exposed copy nobody read was secured. */
function isContained(confidentiality: ConfidentialityFacts): boolean {
  return confidentiality.dataRetrieved && CONTAINING_RECIPIENTS.includes(confidentiality.recipients);
}

/** Readable data reached, or may have reached, someone from whom they were not taken back. */
export function isReadableExposure(facts: RiskFacts): boolean {
  const confidentiality = confidentialityOf(facts);
  return (
    confidentiality !== undefined &&
    !isUnintelligible(facts) &&
    confidentiality.recipients !== 'none_confirmed' &&
    !isContained(confidentiality)
  );
}

/** Why a declared breach type leaves people unharmed: the code of the mitigation and its values. */
export interface Mitigation {
  code: ReasonCode;
  params: ReasonParams;
}

const MITIGATIONS: Readonly<Record<BreachType, (facts: RiskFacts) => Mitigation | undefined>> = {
  confidentiality(facts) {
    if (isUnintelligible(facts)) return { code: 'edpb.mitigation.confidentiality.unintelligible', params: {} };
    const confidentiality = confidentialityOf(facts);
    if (confidentiality !== undefined && isContained(confidentiality)) {
      return confidentiality.recipients === 'known_trusted'
        ? { code: 'edpb.mitigation.confidentiality.trusted_recipient', params: {} }
        : { code: 'edpb.mitigation.confidentiality.not_read', params: {} };
    }
    return undefined;
  },
  availability(facts) {
    const availability = availabilityOf(facts);
    return availability !== undefined && availabilityState(availability) === 'short'
      ? { code: 'edpb.mitigation.availability.restored', params: { hours: availability.outageHours } }
      : undefined;
  },
  integrity(facts) {
    const integrity = integrityOf(facts);
    if (integrity === undefined) return undefined;
    const state = integrityState(integrity);
    if (state === 'unaltered') return { code: 'edpb.mitigation.integrity.unaltered', params: {} };
    return state === 'recoverable' ? { code: 'edpb.mitigation.integrity.restored', params: {} } : undefined;
  },
};

/** Why a declared breach type leaves people unharmed, or undefined when it may harm them. */
export function mitigationOf(facts: RiskFacts, type: BreachType): Mitigation | undefined {
  return MITIGATIONS[type](facts);
}

/** Every declared breach type is answered by a mitigation. */
export function isFullyMitigated(facts: RiskFacts): boolean {
  return facts.breachTypes.every((type) => mitigationOf(facts, type) !== undefined);
}

/** The breach is a disclosure of unintelligible data and did no other lasting harm: encryption answers all of it. */
export function isAnsweredByEncryption(facts: RiskFacts): boolean {
  return isDeclared(facts, 'confidentiality') && isUnintelligible(facts) && isFullyMitigated(facts);
}
