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
function isAssumed(facts: RiskFacts, type: BreachType): boolean {
  return isDeclared(facts, type) && facts[type] === undefined;
}

/** Said after a statement that rests on assumed details. */
export function assumedNote(facts: RiskFacts, type: BreachType): string {
  return isAssumed(facts, type) ? ' (assumed: the details were not given, so the engine leans to notifying)' : '';
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

const MITIGATIONS: Readonly<Record<BreachType, (facts: RiskFacts) => string | undefined>> = {
  confidentiality(facts) {
    if (isUnintelligible(facts)) {
      return 'The disclosed data are unintelligible: state-of-the-art encryption or salted slow hashing protects them and the key is safe.';
    }
    const confidentiality = confidentialityOf(facts);
    if (confidentiality !== undefined && isContained(confidentiality)) {
      return confidentiality.recipients === 'known_trusted'
        ? 'The only recipient is known and trusted, and returned or provably deleted the data (EDPB 01/2021 case 09).'
        : 'Nobody is known to have read the data, and the exposed copy was retrieved or deleted.';
    }
    return undefined;
  },
  availability(facts) {
    const availability = availabilityOf(facts);
    return availability !== undefined && availabilityState(availability) === 'short'
      ? `The data were restored from a backup within ${availability.outageHours} hours and nothing was lost (EDPB 01/2021 case 01).`
      : undefined;
  },
  integrity(facts) {
    const integrity = integrityOf(facts);
    if (integrity === undefined) return undefined;
    const state = integrityState(integrity);
    if (state === 'unaltered') return 'No data were altered.';
    return state === 'recoverable' ? 'The altered data were restored to their original content.' : undefined;
  },
};

/** Why a declared breach type leaves people unharmed, or undefined when it may harm them. */
export function mitigationOf(facts: RiskFacts, type: BreachType): string | undefined {
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
