// ENISA 2013 Circumstances of Breach: what happened to the data, 0 to 2, added to DPC × EI. Pure.
import type { Reason } from './assessment.js';
import {
  type AvailabilityState,
  type IntegrityState,
  SHORT_OUTAGE_HOURS,
  availabilityOf,
  availabilityState,
  confidentialityOf,
  integrityOf,
  integrityState,
  isAssumed,
  isPossibleExfiltration,
} from './breach.js';
import type { BreachType, Recipients, RiskFacts } from './facts.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';
import { because } from './reason.js';

// ENISA 2013: data exposed without evidence of illegal processing +0.25, disclosed to known recipients +0.25 (trusted
// or not: trust is weighed in the risk level, WP250 IV.B), to an unknown number of recipients +0.5.
export const CB_BY_RECIPIENTS: Readonly<Record<Recipients, number>> = {
  none_confirmed: 0.25,
  known_trusted: 0.25,
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

interface Component {
  factor: string;
  value: number;
  code: ReasonCode;
  params: ReasonParams;
}

function notBreached(type: BreachType): Component {
  return { factor: `cb.${type}`, value: 0, code: `cb.${type}.not_breached`, params: { cb: 0 } };
}

function confidentialityComponent(facts: RiskFacts): Component {
  const confidentiality = confidentialityOf(facts);
  if (confidentiality === undefined) return notBreached('confidentiality');
  // Evidence that nobody read the data means confidentiality was not in fact lost.
  if (confidentiality.accessRuledOut === true) {
    return { factor: 'cb.confidentiality', value: 0, code: 'cb.confidentiality.access_ruled_out', params: { cb: 0 } };
  }
  const value = CB_BY_RECIPIENTS[confidentiality.recipients];
  return {
    factor: 'cb.confidentiality',
    value,
    code: `cb.confidentiality.${confidentiality.recipients}`,
    params: { cb: value, assumed: isAssumed(facts, 'confidentiality'), exfiltration: isPossibleExfiltration(facts) },
  };
}

function integrityComponent(facts: RiskFacts): Component {
  const integrity = integrityOf(facts);
  if (integrity === undefined) return notBreached('integrity');
  const state = integrityState(integrity);
  const value = CB_BY_INTEGRITY[state];
  return { factor: 'cb.integrity', value, code: `cb.integrity.${state}`, params: { cb: value, assumed: isAssumed(facts, 'integrity') } };
}

function availabilityComponent(facts: RiskFacts): Component {
  const availability = availabilityOf(facts);
  if (availability === undefined) return notBreached('availability');
  const state = availabilityState(availability);
  const value = CB_BY_AVAILABILITY[state];
  return {
    factor: 'cb.availability',
    value,
    code: `cb.availability.${state}`,
    params: { cb: value, threshold: SHORT_OUTAGE_HOURS, assumed: isAssumed(facts, 'availability') },
  };
}

function maliciousComponent(facts: RiskFacts): Component {
  if (facts.malicious === true)
    return { factor: 'cb.malicious', value: CB_MALICIOUS, code: 'cb.malicious.deliberate', params: { cb: CB_MALICIOUS } };
  const code = facts.malicious === false ? 'cb.malicious.accidental' : 'cb.malicious.unstated';
  return { factor: 'cb.malicious', value: 0, code, params: { cb: 0 } };
}

export function circumstancesOfBreach(facts: RiskFacts): { cb: number; reasons: Reason[] } {
  const components = [confidentialityComponent, integrityComponent, availabilityComponent, maliciousComponent].map((component) =>
    component(facts),
  );
  return {
    cb: components.reduce((sum, component) => sum + component.value, 0),
    reasons: components.map(({ factor, value, code, params }) => because(code, params, factor, `+${value} CB`)),
  };
}
