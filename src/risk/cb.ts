// ENISA 2013 Circumstances of Breach: what happened to the data, 0 to 2, added to DPC × EI. Pure.
import type { Reason } from './assessment.js';
import {
  type AvailabilityState,
  type IntegrityState,
  SHORT_OUTAGE_HOURS,
  assumedNote,
  availabilityOf,
  availabilityState,
  confidentialityOf,
  integrityOf,
  integrityState,
} from './breach.js';
import type { Recipients, RiskFacts } from './facts.js';
import { label } from './wording.js';

export const CB_BY_RECIPIENTS: Readonly<Record<Recipients, number>> = {
  none_confirmed: 0,
  known_trusted: 0,
  known_untrusted: 0.25,
  unknown: 0.5,
  public: 0.5,
};

export const CB_BY_INTEGRITY: Readonly<Record<IntegrityState, number>> = {
  unaltered: 0,
  recoverable: 0.25,
  unrecoverable: 0.5,
};

export const CB_BY_AVAILABILITY: Readonly<Record<AvailabilityState, number>> = {
  short: 0,
  long: 0.25,
  lost: 0.5,
};

export const CB_MALICIOUS = 0.5;

const RECIPIENT_WORDS: Readonly<Record<Recipients, string>> = {
  none_confirmed: 'the data were exposed but nobody is known to have read them',
  known_trusted: 'the data went to a known, trusted recipient',
  known_untrusted: 'the data went to a known recipient who is not bound to keep them confidential',
  unknown: 'the data may be in the hands of people nobody can identify',
  public: 'the data were made public',
};

const INTEGRITY_WORDS: Readonly<Record<IntegrityState, string>> = {
  unaltered: 'no data were altered',
  recoverable: 'data were altered but the original can be restored',
  unrecoverable: 'data were altered and the original cannot be restored',
};

const AVAILABILITY_WORDS: Readonly<Record<AvailabilityState, string>> = {
  short: `the data were unavailable for less than ${SHORT_OUTAGE_HOURS} hours and restored`,
  long: `the data can be restored but were unavailable for ${SHORT_OUTAGE_HOURS} hours or more`,
  lost: 'the data cannot be restored from a backup or are lost for good',
};

interface Component {
  factor: string;
  value: number;
  explanation: string;
}

function notBreached(factor: string, type: string): Component {
  return { factor, value: 0, explanation: `This is not ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} breach.` };
}

function confidentialityComponent(facts: RiskFacts): Component {
  const confidentiality = confidentialityOf(facts);
  if (confidentiality === undefined) return notBreached('cb.confidentiality', 'confidentiality');
  const assumed = assumedNote(facts, 'confidentiality');
  return {
    factor: 'cb.confidentiality',
    value: CB_BY_RECIPIENTS[confidentiality.recipients],
    explanation: `Loss of confidentiality: ${RECIPIENT_WORDS[confidentiality.recipients]} (${label(confidentiality.recipients)})${assumed}.`,
  };
}

function integrityComponent(facts: RiskFacts): Component {
  const integrity = integrityOf(facts);
  if (integrity === undefined) return notBreached('cb.integrity', 'integrity');
  const state = integrityState(integrity);
  const assumed = assumedNote(facts, 'integrity');
  return { factor: 'cb.integrity', value: CB_BY_INTEGRITY[state], explanation: `Loss of integrity: ${INTEGRITY_WORDS[state]}${assumed}.` };
}

function availabilityComponent(facts: RiskFacts): Component {
  const availability = availabilityOf(facts);
  if (availability === undefined) return notBreached('cb.availability', 'availability');
  const state = availabilityState(availability);
  const assumed = assumedNote(facts, 'availability');
  return {
    factor: 'cb.availability',
    value: CB_BY_AVAILABILITY[state],
    explanation: `Loss of availability: ${AVAILABILITY_WORDS[state]}${assumed}.`,
  };
}

function maliciousComponent(facts: RiskFacts): Component {
  return facts.malicious === true
    ? { factor: 'cb.malicious', value: CB_MALICIOUS, explanation: 'The breach was caused deliberately (attack, theft or insider), which makes misuse of the data more likely.' }
    : {
        factor: 'cb.malicious',
        value: 0,
        explanation:
          facts.malicious === false ? 'The breach was accidental.' : 'The breach is not stated to be deliberate, so it is weighed as accidental.',
      };
}

export function circumstancesOfBreach(facts: RiskFacts): { cb: number; reasons: Reason[] } {
  const components = [confidentialityComponent, integrityComponent, availabilityComponent, maliciousComponent].map(
    (component) => component(facts),
  );
  return {
    cb: components.reduce((sum, component) => sum + component.value, 0),
    reasons: components.map(({ factor, value, explanation }) => ({ factor, effect: `+${value} CB`, explanation })),
  };
}
