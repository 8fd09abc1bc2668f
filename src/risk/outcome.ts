// From the risk level to the notices: Art. 33 (the authority), Art. 34 (the people) and its exemptions. Pure.
import type { Exemption, Reason, RiskLevel } from './assessment.js';
import { isDeclared, isUnintelligible } from './breach.js';
import type { RiskFacts } from './facts.js';
import { riskLevelOf } from './risk-level.js';
import { listOf } from './wording.js';

interface Verdict {
  applies: boolean;
  explanation: string;
}

/** An exemption's verdict, or undefined when the facts give it nothing to weigh. */
type ExemptionCheck = (facts: RiskFacts) => Verdict | undefined;

// Art. 34(3)(a): encryption answers a disclosure, not a loss of availability or integrity.
const art34_3_a: ExemptionCheck = (facts) => {
  if (!isUnintelligible(facts) || !isDeclared(facts, 'confidentiality')) return undefined;
  const others = facts.breachTypes.filter((type) => type !== 'confidentiality');
  if (others.length > 0 && riskLevelOf({ ...facts, breachTypes: others, confidentiality: undefined }) === 'high_risk') {
    return {
      applies: false,
      explanation: `The disclosed data are unintelligible, but the loss of ${listOf(others)} is a high risk by itself, which encryption does not answer.`,
    };
  }
  return {
    applies: true,
    explanation:
      'Art. 34(3)(a): the disclosed data are protected by state-of-the-art encryption or salted slow hashing and the key is safe, so they are unintelligible to anyone not authorised; without the disclosure the breach would not be a high risk.',
  };
};

// Art. 34(3)(b): the controller's own claim; the authority may still require a communication (Art. 34(4)).
const art34_3_b: ExemptionCheck = (facts) =>
  facts.mitigation?.highRiskNoLongerLikely === true
    ? {
        applies: true,
        explanation: `Art. 34(3)(b): the controller states that measures taken since the breach${facts.mitigation.measures ? ` (${facts.mitigation.measures})` : ''} make the high risk no longer likely. Keep the evidence: the authority may still require a communication (Art. 34(4)).`,
      }
    : undefined;

// Art. 34(3)(c): not an exemption from informing people, only from doing it one by one.
const art34_3_c: ExemptionCheck = (facts) =>
  facts.disproportionateEffort === true
    ? {
        applies: true,
        explanation:
          'Art. 34(3)(c): reaching people one by one would involve disproportionate effort, so communicate publicly instead, or by a similar measure that informs them as effectively.',
      }
    : undefined;

const EXEMPTION_CHECKS: Readonly<Record<Exemption, ExemptionCheck>> = { art34_3_a, art34_3_b, art34_3_c };

export interface Outcome {
  notifyAuthority: boolean;
  notifyDataSubjects: boolean;
  exemptions: Exemption[];
  reasons: Reason[];
}

function authorityReason(facts: RiskFacts, riskLevel: RiskLevel): Reason {
  if (riskLevel === 'unlikely') {
    return {
      factor: 'decision.authority',
      effect: 'no notice to ANSPDCP',
      explanation: 'Art. 33(1): the breach is unlikely to result in a risk to people, so ANSPDCP need not be notified. Record it and this reasoning in the breach register (Art. 33(5)).',
    };
  }
  const processor =
    facts.role === 'processor'
      ? ' As processor, tell the controller(s) without undue delay (Art. 33(2)); the notice to ANSPDCP is theirs to make.'
      : '';
  return {
    factor: 'decision.authority',
    effect: 'notify ANSPDCP',
    explanation: `Art. 33(1): the breach is likely to result in a ${riskLevel === 'high_risk' ? 'high risk' : 'risk'} to people, so notify ANSPDCP without undue delay and, where feasible, within 72 hours of becoming aware of it.${processor}`,
  };
}

function exemptionReasons(verdicts: readonly [Exemption, Verdict][]): Reason[] {
  return verdicts.map(([exemption, verdict]) => ({
    factor: `exemption.${exemption}`,
    effect: verdict.applies ? 'applies' : 'does not apply',
    explanation: verdict.explanation,
  }));
}

function weighExemptions(facts: RiskFacts, exemptions: readonly Exemption[]): [Exemption, Verdict][] {
  return exemptions.flatMap((exemption) => {
    const verdict = EXEMPTION_CHECKS[exemption](facts);
    return verdict === undefined ? [] : [[exemption, verdict] as [Exemption, Verdict]];
  });
}

function dataSubjectsDecision(facts: RiskFacts, riskLevel: RiskLevel): Omit<Outcome, 'notifyAuthority'> {
  if (riskLevel !== 'high_risk') {
    return {
      notifyDataSubjects: false,
      exemptions: [],
      reasons: [
        {
          factor: 'decision.data_subjects',
          effect: 'no communication to data subjects',
          explanation: 'Art. 34(1): people must be told only of a breach likely to result in a high risk; this one is not.',
        },
      ],
    };
  }
  const releasing = weighExemptions(facts, ['art34_3_a', 'art34_3_b']);
  const released = releasing.filter(([, verdict]) => verdict.applies).map(([exemption]) => exemption);
  if (released.length > 0) {
    return {
      notifyDataSubjects: false,
      exemptions: released,
      reasons: [
        ...exemptionReasons(releasing),
        {
          factor: 'decision.data_subjects',
          effect: 'no communication to data subjects',
          explanation: 'The breach is a high risk, but an Art. 34(3) condition releases the controller from telling people.',
        },
      ],
    };
  }
  const publicly = weighExemptions(facts, ['art34_3_c']);
  const communication = publicly.length > 0 ? 'communicate publicly' : 'notify data subjects';
  return {
    notifyDataSubjects: true,
    exemptions: publicly.map(([exemption]) => exemption),
    reasons: [
      ...exemptionReasons([...releasing, ...publicly]),
      {
        factor: 'decision.data_subjects',
        effect: communication,
        explanation: `Art. 34(1): the breach is likely to result in a high risk to people, so tell them without undue delay, in clear and plain language, what happened, its likely consequences and what they can do (Art. 34(2)).`,
      },
    ],
  };
}

export function decideNotices(facts: RiskFacts, riskLevel: RiskLevel): Outcome {
  const dataSubjects = dataSubjectsDecision(facts, riskLevel);
  return {
    notifyAuthority: riskLevel !== 'unlikely',
    ...dataSubjects,
    reasons: [authorityReason(facts, riskLevel), ...dataSubjects.reasons],
  };
}
