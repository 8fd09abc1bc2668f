// From the risk level to the notices: Art. 33 (the authority), Art. 34 (the people) and its exemptions. Pure.
import type { Exemption, NoticeDuties, Reason, RiskLevel } from './assessment.js';
import { isDeclared, isUnintelligible, withoutDisclosure } from './breach.js';
import type { RiskFacts } from './facts.js';
import { riskLevelOf } from './risk-level.js';
import type { ReasonCode, ReasonParams } from './reason-codes.js';
import { because } from './reason.js';

interface Verdict {
  applies: boolean;
  code: ReasonCode;
  params: ReasonParams;
}

/** An exemption's verdict, or undefined when the facts give it nothing to weigh. */
type ExemptionCheck = (facts: RiskFacts) => Verdict | undefined;

// Art. 34(3)(a): encryption answers a disclosure, not a loss of availability or integrity.
const art34_3_a: ExemptionCheck = (facts) => {
  if (!isUnintelligible(facts) || !isDeclared(facts, 'confidentiality')) return undefined;
  const others = facts.breachTypes.filter((type) => type !== 'confidentiality');
  if (others.length > 0 && riskLevelOf(withoutDisclosure(facts)) === 'high_risk') {
    return { applies: false, code: 'exemption.art34_3_a.does_not_apply', params: { others } };
  }
  return { applies: true, code: 'exemption.art34_3_a.applies', params: {} };
};

// Art. 34(3)(b): the controller's own claim; the authority may still require a communication (Art. 34(4)).
const art34_3_b: ExemptionCheck = (facts) =>
  facts.mitigation?.highRiskNoLongerLikely === true
    ? {
        applies: true,
        code: 'exemption.art34_3_b.applies',
        params: facts.mitigation.measures ? { measures: facts.mitigation.measures } : {},
      }
    : undefined;

// Art. 34(3)(c): not an exemption from informing people, only from doing it one by one. People the controller cannot
// identify or reach are told the same way (EDPB Guidelines 9/2022 §III.C).
const art34_3_c: ExemptionCheck = (facts) => {
  if (facts.disproportionateEffort === true) return { applies: true, code: 'exemption.art34_3_c.applies', params: {} };
  return facts.subjectsUnreachable === true ? { applies: true, code: 'exemption.art34_3_c.unreachable', params: {} } : undefined;
};

const EXEMPTION_CHECKS: Readonly<Record<Exemption, ExemptionCheck>> = { art34_3_a, art34_3_b, art34_3_c };

function authorityReason(riskLevel: RiskLevel): Reason {
  if (riskLevel === 'unlikely') return because('decision.authority.not_required', {}, 'decision.authority', 'no notice to ANSPDCP');
  return because('decision.authority.required', { riskLevel }, 'decision.authority', 'notify ANSPDCP');
}

function exemptionReasons(verdicts: readonly [Exemption, Verdict][]): Reason[] {
  return verdicts.map(([exemption, verdict]) =>
    because(verdict.code, verdict.params, `exemption.${exemption}`, verdict.applies ? 'applies' : 'does not apply'),
  );
}

function weighExemptions(facts: RiskFacts, exemptions: readonly Exemption[]): [Exemption, Verdict][] {
  return exemptions.flatMap((exemption) => {
    const verdict = EXEMPTION_CHECKS[exemption](facts);
    return verdict === undefined ? [] : [[exemption, verdict] as [Exemption, Verdict]];
  });
}

function dataSubjectsDecision(facts: RiskFacts, riskLevel: RiskLevel): Omit<NoticeDuties, 'notifyAuthority'> {
  if (riskLevel !== 'high_risk') {
    return {
      notifyDataSubjects: false,
      exemptions: [],
      reasons: [because('decision.data_subjects.not_high_risk', {}, 'decision.data_subjects', 'no communication to data subjects')],
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
        because('decision.data_subjects.exempted', { exemptions: released }, 'decision.data_subjects', 'no communication to data subjects'),
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
      because('decision.data_subjects.required', { publicly: publicly.length > 0 }, 'decision.data_subjects', communication),
    ],
  };
}

/** What a controller has to do about a breach at this risk level: Art. 33 and Art. 34 with its exemptions. */
export function decideNotices(facts: RiskFacts, riskLevel: RiskLevel): NoticeDuties {
  const dataSubjects = dataSubjectsDecision(facts, riskLevel);
  return {
    notifyAuthority: riskLevel !== 'unlikely',
    ...dataSubjects,
    reasons: [authorityReason(riskLevel), ...dataSubjects.reasons],
  };
}

/**
 * A processor's own duty: warn each controller without undue delay, whatever the risk (Art. 33(2); Art. 28(3)(f)).
 * Notifying ANSPDCP and telling the people are the controllers' duties, not the processor's: it must neither do them
 * in its own name nor leave them undone by a controller it did not warn.
 */
export function processorDuties(advice: NoticeDuties): NoticeDuties {
  return {
    notifyAuthority: false,
    notifyDataSubjects: false,
    exemptions: [],
    reasons: [
      because('decision.controllers.warn', {}, 'decision.controllers', 'warn the controllers'),
      because(
        'decision.controllers.advice',
        { notifyAuthority: advice.notifyAuthority, notifyDataSubjects: advice.notifyDataSubjects },
        'decision.controllers',
        `advice: authority ${advice.notifyAuthority ? 'yes' : 'no'}, data subjects ${advice.notifyDataSubjects ? 'yes' : 'no'}`,
      ),
      because('decision.authority.processor', {}, 'decision.authority', "no notice to ANSPDCP in the processor's name"),
      because(
        'decision.data_subjects.processor',
        {},
        'decision.data_subjects',
        "no communication to data subjects in the processor's name",
      ),
    ],
  };
}
