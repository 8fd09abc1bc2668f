// The English wording of every reason code the risk engine emits. The engine's `explanation` is this text, so API
// consumers keep reading plain English; notices render the same codes in their own language (reason-wording.ts).
import type { ReasonParams } from '../reason-codes.js';
import type { ReasonWording } from './reason-wording-shape.js';
import { joinList, num, perCode, str, words, yes } from './reason-wording-shape.js';

const LABEL = (identifier: string): string => identifier.replace(/_/g, ' ');
const CAPITALISED = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const listOf = (identifiers: readonly string[]): string => joinList(identifiers.map(LABEL), 'and');

const ENISA_CLASS: Readonly<Record<string, string>> = {
  simple: 'simple data',
  behavioural: 'behavioural data',
  financial: 'financial data',
  sensitive: 'sensitive data (a special category, Art. 9 or 10 GDPR)',
};

const INSIGHT: Readonly<Record<string, string>> = {
  none: 'give no substantial insight into the person',
  general: 'allow only general assumptions about the person',
  partial: 'give some detail about the person',
  full: 'give complete detail (enough for fraud, or a detailed profile)',
};

const ENCRYPTION_NOTE: Readonly<Record<string, string>> = {
  none: '',
  weak: ' Weak encryption does not lower it.',
  key_compromised: ' The encryption does not lower it: the key is compromised.',
  lasting_harm:
    ' The encryption does not lower it: it protects what was disclosed, not against the lasting loss of availability or integrity this breach also caused.',
  not_disclosure:
    ' The encryption does not lower it: this breach is not a disclosure, and encryption does not help against a loss of availability or integrity.',
  unintelligible:
    ' But the data are unintelligible to whoever holds them (state-of-the-art encryption or salted slow hashing, key safe), so EI is negligible.',
};

const RECIPIENT_WORDS: Readonly<Record<string, string>> = {
  none_confirmed: 'the data were exposed but nobody is known to have read them',
  known_trusted: 'the data went to a known, trusted recipient',
  known_untrusted: 'the data went to a known recipient who is not bound to keep them confidential',
  unknown: 'the data may be in the hands of people nobody can identify',
  public: 'the data were made public',
};

const FRAUD_HARM: Readonly<Record<string, string>> = {
  'identity+national_id': 'impersonation and identity theft',
  'identity+financial': 'fraud in their name',
  'credentials+contact': 'account takeover and convincing phishing',
  'credentials+account': 'account takeover',
};

const INVENTORY_FACT: Readonly<Record<string, string>> = {
  role: 'our role',
  dataCategories: 'data categories',
  subjectCategories: 'categories of people',
  subjectsAffected: 'number of people',
  recordsAffected: 'number of records',
  encryption: 'encryption at rest',
  regime: 'notification regime',
  affectedControllers: 'the controllers to warn, with their own figures',
};

const ASSUMED = ' (assumed: the details were not given, so the engine leans to notifying)';
const EXFILTRATION = ' (assumed: a deliberate attack on the data may have copied them, and exfiltration was not ruled out)';
const assumed = (params: ReasonParams): string => (yes(params, 'exfiltration') ? EXFILTRATION : yes(params, 'assumed') ? ASSUMED : '');

export const REASON_WORDING_EN: ReasonWording = {
  ...perCode('dpc.base.', (category) =>
    category === 'credentials'
      ? (p) =>
          `Credentials are scored as what they open (ENISA): the account and the other data in this breach, and at least ${num(p, 'minimum')} because reused passwords open other accounts. Base DPC ${num(p, 'dpc')}.`
      : (p) =>
          yes(p, 'departure')
            ? `${CAPITALISED(LABEL(category))} data are ${ENISA_CLASS[str(p, 'enisaClass')]} in ENISA's classes; Breach Desk scores them ${num(p, 'dpc')}, because ${category === 'national_id' ? 'a national identification number opens identity fraud and financial services' : 'the content of communications reveals far more than their traffic data (Directive 2002/58, art. 5)'}: base DPC ${num(p, 'dpc')}.`
            : `${CAPITALISED(LABEL(category))} data are ${ENISA_CLASS[str(p, 'enisaClass')]} in ENISA's classes: base DPC ${num(p, 'dpc')}.`,
  ),
  'dpc.volume_per_person': (p) =>
    `About ${num(p, 'recordsPerPerson')} records per person (${num(p, 'threshold')} or more): the volume of data about each person is large enough to reveal much more than any one record.`,
  'dpc.insight': (p) =>
    `Stated: the ${LABEL(str(p, 'category'))} data ${INSIGHT[str(p, 'insight')]}, so ENISA moves their score by ${num(p, 'change')}.`,
  'dpc.profile': (p) =>
    `Together, ${listOf(words(p, 'categories'))} data draw a profile of each person (ENISA raises simple and behavioural data that enable profiling).`,
  'dpc.safety': () =>
    "Disclosure of these data can endanger the people's physical safety, which ENISA scores up to the maximum for simple data (+3).",
  'dpc.highest': (p) =>
    `Each category is scored on its own and the highest counts (ENISA): ${LABEL(str(p, 'category'))} at ${num(p, 'dpc')} (${words(
      p,
      'scores',
    )
      .map((entry) =>
        entry
          .split(':')
          .map((part, index) => (index === 0 ? LABEL(part) : part))
          .join(' '),
      )
      .join(', ')}).`,
  'dpc.vulnerable_subjects': (p) =>
    `The people affected include ${listOf(words(p, 'subjects'))}, who are less able to protect themselves from the consequences.`,
  'dpc.sensitive_context': () =>
    "The controller's identity reveals something sensitive about the people (for example that they are patients, members or believers), which ENISA weighs as assumptions about sensitive data (+2 for simple and behavioural data).",
  'ei.stated': (p) => `Stated: the data identify people with ${str(p, 'identifiability')} ease.${ENCRYPTION_NOTE[str(p, 'encryption')]}`,
  'ei.inferred_direct': (p) =>
    `Inferred: the breach holds data that identify people directly (${listOf(words(p, 'categories'))}).${ENCRYPTION_NOTE[str(p, 'encryption')]}`,
  'ei.inferred_default': (p) =>
    `Inferred: nothing in the breach names people directly, but without a stated level the engine assumes significant, leaning to notifying.${ENCRYPTION_NOTE[str(p, 'encryption')]}`,
  ...perCode('cb.confidentiality.', (recipients) =>
    recipients === 'not_breached'
      ? () => 'This is not a confidentiality breach.'
      : recipients === 'access_ruled_out'
        ? () => 'Loss of confidentiality: none in fact, the evidence shows that nobody unauthorised read the exposed data.'
        : (p) => `Loss of confidentiality: ${RECIPIENT_WORDS[recipients]} (${LABEL(recipients)})${assumed(p)}.`,
  ),
  'cb.integrity.unaltered': (p) => `Loss of integrity: no data were altered${assumed(p)}.`,
  'cb.integrity.recoverable': (p) => `Loss of integrity: data were altered but the original can be restored${assumed(p)}.`,
  'cb.integrity.unrecoverable': (p) => `Loss of integrity: data were altered and the original cannot be restored${assumed(p)}.`,
  'cb.integrity.not_breached': () => 'This is not an integrity breach.',
  'cb.availability.short': (p) =>
    `Loss of availability: the data were unavailable for less than ${num(p, 'threshold')} hours and restored${assumed(p)}.`,
  'cb.availability.long': (p) =>
    `Loss of availability: the data can be restored but were unavailable for ${num(p, 'threshold')} hours or more${assumed(p)}.`,
  'cb.availability.lost': (p) => `Loss of availability: the data cannot be restored from a backup or are lost for good${assumed(p)}.`,
  'cb.availability.not_breached': () => 'This is not an availability breach.',
  'cb.malicious.deliberate': () =>
    'The breach was caused deliberately (attack, theft or insider), which makes misuse of the data more likely.',
  'cb.malicious.accidental': () => 'The breach was accidental.',
  'cb.malicious.unstated': () => 'The breach is not stated to be deliberate, so it is weighed as accidental.',
  'severity.score': (p) =>
    `SE = DPC × EI + CB = ${num(p, 'dpc')} × ${num(p, 'ei')} + ${num(p, 'cb')} = ${num(p, 'score')}, which the ENISA method bands as ${LABEL(str(p, 'level'))} (below 2 low, below 3 medium, below 4 high, 4 or more very high).`,
  'risk.baseline': (p) =>
    `ENISA severity ${LABEL(str(p, 'severity'))} maps to ${str(p, 'riskLevel')}: low is unlikely to result in a risk, medium is a risk, high and very high are a high risk.`,
  'edpb.number_of_people.many': (p) =>
    `${num(p, 'people')} people are affected (${num(p, 'threshold')} or more): a breach touching this many people is not unlikely to harm some of them.`,
  'edpb.number_of_people.large_scale': (p) =>
    `${num(p, 'people')} people are affected (${num(p, 'threshold')} or more): at this scale a breach of ${LABEL(str(p, 'severity'))} severity is a high risk (EDPB 01/2021 case 11).`,
  'edpb.permanence.lost': () => 'The consequences cannot be undone: the data are lost for good.',
  'edpb.permanence.corrupted': (p) =>
    `The consequences cannot be undone: the altered data cannot be restored to their original${assumed(p)}.`,
  'edpb.prolonged_unavailability.outage': (p) =>
    `The data were unavailable for ${num(p, 'hours')} hours: an outage of a day or more can delay what people depend on (EDPB 01/2021 case 02).`,
  'edpb.prolonged_unavailability.no_backup': (p) =>
    `There is no usable backup or copy${assumed(p)}: people may be without their data until they are collected again (EDPB 01/2021 case 02).`,
  'edpb.special_categories': (p) => {
    const categories = words(p, 'categories');
    const what =
      categories.length > 0
        ? `special category data (${listOf(categories)})`
        : 'data whose controller reveals something sensitive about the people';
    return `Readable ${what} reached someone who is not a trusted recipient who gave them back: discrimination, stigma or distress are likely (Art. 9 and 10 GDPR; EDPB 01/2021 case 12).`;
  },
  'edpb.identity_fraud': (p) =>
    `Readable data that work together against the people reached someone who may misuse them: ${words(p, 'pairs')
      .map((pair) => `${listOf(pair.split('+'))} (${FRAUD_HARM[pair]})`)
      .join('; ')} (EDPB 01/2021 cases 04, 07, 14 and 17).`,
  'edpb.malicious_actor': () =>
    'Someone took readable data deliberately and their intentions cannot be known, so the controller cannot call the risk unlikely (EDPB 01/2021 case 08).',
  'edpb.published': () => 'The data were made public: anyone may have copied them, and a publication cannot be recalled.',
  'edpb.mitigation.confidentiality.unintelligible': () =>
    'The disclosed data are unintelligible: state-of-the-art encryption or salted slow hashing protects them and the key is safe.',
  'edpb.mitigation.confidentiality.trusted_recipient': () =>
    'The only recipient is known and trusted, and returned or provably deleted the data (EDPB 01/2021 case 09).',
  'edpb.mitigation.confidentiality.access_ruled_out': () =>
    'The evidence (access logs or forensic analysis) shows that nobody unauthorised read the exposed data (EDPB 01/2021; WP250 IV.B).',
  'edpb.no_mitigation.access_not_ruled_out': (p) =>
    `Nobody is known to have read the exposed data${yes(p, 'retrieved') ? ', and the exposure was closed' : ''}, but that is not proof that nobody did: closing an exposure recalls no copies. Only evidence that nobody accessed the data answers the disclosure (EDPB 01/2021; WP250 IV.B; CNIL SAN-2021-020).`,
  'edpb.no_mitigation.people_depend_on_access': (p) =>
    `The data were restored within ${num(p, 'hours')} hours, but people depend on them being there in time (care, payments), so even a short outage can harm them (EDPB 01/2021 case 03).`,
  'edpb.no_mitigation.alteration_may_have_been_used': (p) =>
    `${yes(p, 'restored') ? 'The altered data were restored' : 'The altered data can be restored but have not been yet'}, and nothing shows they were not acted on before: a payment, decision or letter based on them may already have harmed people (ENISA 2013).`,
  'edpb.people_depend_on_access': (p) =>
    `People depend on these data being there in time, and they were unavailable for ${num(p, 'hours')} hours: care or payments may have been delayed (EDPB 01/2021 case 03; WP250 Annex B viii).`,
  'edpb.exfiltration_not_ruled_out': () =>
    'A deliberate attack made the data unavailable and nothing shows it did not also copy them, so the engine weighs a disclosure to unknown recipients as well (EDPB 01/2021 cases 01 and 02).',
  'edpb.enables_fraud': () =>
    'The readable data suffice to impersonate people or take over their accounts, and they reached someone who may use them (EDPB 01/2021 case 14; UODO DKN.5131.3.2021).',
  'edpb.recipient_may_misuse': () =>
    'A recipient has a reason to use the data against the people (an estranged partner or relative, a competitor), so misuse is likely, not merely possible (Irish DPC, Tusla 2020).',
  'edpb.recipient_may_misuse.locates': (p) =>
    `A recipient with a reason to use the data against the people learned where to find them (${listOf(words(p, 'categories'))}): this can put them in danger (Irish DPC, Tusla 2020; ICO reprimand to Charnwood Borough Council, 2023).`,
  'edpb.safety_at_risk': () =>
    "Disclosure can endanger the people's physical safety (victims of domestic abuse, protected witnesses, people in hiding), and nothing shows the data were not read (ENISA 2013; ICO reprimands on domestic-abuse victims' addresses, 2023).",
  'edpb.vulnerable_subjects': (p) =>
    `Readable data of ${listOf(words(p, 'subjects'))}, who are less able to protect themselves, reached someone who did not give them back (EDPB Guidelines 9/2022).`,
  'edpb.recovery.trusted_recipient_pending': () =>
    'The only recipient is known, trusted and bound to keep the data confidential, and has been asked to delete them: the disclosure is not a high risk, though until the deletion is confirmed it is not yet answered (WP250 IV.B; EDPB 01/2021 case 09).',
  'edpb.recovery.few_recipients_returned': (p) =>
    `The data went by mistake to ${num(p, 'recipients') === 1 ? 'one known person' : `${num(p, 'recipients')} known people`}, not bound to confidentiality, who returned or deleted them, without a reason to misuse them: the disclosure is not a high risk, though it is a risk (EDPB 01/2021 cases 13 and 16; WP250 IV.B).`,
  'edpb.mitigation.availability.restored': (p) =>
    `The data were restored from a backup within ${num(p, 'hours')} hours and nothing was lost (EDPB 01/2021 case 01).`,
  'edpb.mitigation.integrity.unaltered': () => 'No data were altered.',
  'edpb.mitigation.integrity.restored': () => 'The altered data were restored to their original content.',
  'edpb.mitigated': () =>
    'Every part of the breach is answered by a mitigation, so it is unlikely to result in a risk to people (Art. 33(1); EDPB 01/2021 cases 01, 06, 09 and 10).',
  'decision.authority.not_required': () =>
    'Art. 33(1): the breach is unlikely to result in a risk to people, so ANSPDCP need not be notified. Record it and this reasoning in the breach register (Art. 33(5)).',
  'decision.authority.required': (p) =>
    `Art. 33(1): the breach is likely to result in a ${str(p, 'riskLevel') === 'high_risk' ? 'high risk' : 'risk'} to people, so notify ANSPDCP without undue delay and, where feasible, within 72 hours of becoming aware of it.`,
  'decision.authority.processor': () =>
    'Art. 33(1) is the controller’s duty: as processor, do not notify ANSPDCP in your own name; each controller decides and notifies on what you tell it.',
  'decision.controllers.warn': () =>
    'Art. 33(2) and Art. 28(3)(f): as processor, warn each controller without undue delay after becoming aware of the breach, whatever the risk, with what it needs for its own notification (Art. 33(3)), and keep helping it as more is learned.',
  'decision.controllers.advice': (p) =>
    `Advice to the controllers, on these facts: each will likely ${yes(p, 'notifyAuthority') ? 'have to notify ANSPDCP within 72 hours of becoming aware (Art. 33(1))' : 'not have to notify ANSPDCP (Art. 33(1)), but must record the breach (Art. 33(5))'}${yes(p, 'notifyDataSubjects') ? ' and to tell the people affected (Art. 34(1))' : ''}; the decision is theirs.`,
  'decision.data_subjects.processor': () =>
    'Art. 34 is the controller’s duty: as processor, do not write to the people affected in your own name unless a controller instructs you to.',
  'decision.data_subjects.not_high_risk': () =>
    'Art. 34(1): people must be told only of a breach likely to result in a high risk; this one is not.',
  'decision.data_subjects.exempted': () =>
    'The breach is a high risk, but an Art. 34(3) condition releases the controller from telling people.',
  'decision.data_subjects.required': () =>
    'Art. 34(1): the breach is likely to result in a high risk to people, so tell them without undue delay, in clear and plain language, what happened, its likely consequences and what they can do (Art. 34(2)).',
  'inventory.derived': (p) =>
    `From the inventory: ${joinList(words(p, 'systems'), 'and')} (${joinList(
      words(p, 'facts').map((fact) => INVENTORY_FACT[fact] ?? fact),
      'and',
    )}). What the reporter states overrides it.`,
  'inventory.stated': (p) =>
    `Stated by the reporter, over the inventory: ${joinList(
      words(p, 'facts').map((fact) => INVENTORY_FACT[fact] ?? fact),
      'and',
    )}.`,
  'part.controller': (p) =>
    `As controller for the data sets of ${joinList(words(p, 'systems'), 'and')}: the Art. 33 and 34 duties (or, for e-communications data, those of Law 506/2004), weighed on those data sets' facts alone.`,
  'part.processor': (p) =>
    `As processor for the data sets of ${joinList(words(p, 'systems'), 'and')}: warn each controller whose data they hold (${joinList(words(p, 'controllers'), 'and') || 'not named yet'}) within its own contractual window and with its own figures (Art. 33(2), Art. 28(3)(f); EDPB Guidelines 9/2022).`,
  'exemption.art34_3_a.applies': () =>
    'Art. 34(3)(a): the disclosed data are protected by state-of-the-art encryption or salted slow hashing and the key is safe, so they are unintelligible to anyone not authorised; without the disclosure the breach would not be a high risk.',
  'exemption.art34_3_a.does_not_apply': (p) =>
    `The disclosed data are unintelligible, but the loss of ${listOf(words(p, 'others'))} is a high risk by itself, which encryption does not answer.`,
  'exemption.art34_3_b.applies': (p) =>
    `Art. 34(3)(b): the controller states that measures taken since the breach${str(p, 'measures') ? ` (${str(p, 'measures')})` : ''} make the high risk no longer likely. Keep the evidence: the authority may still require a communication (Art. 34(4)).`,
  'exemption.art34_3_c.unreachable': () =>
    'Art. 34(3)(c): the controller cannot yet tell who is affected or has no way to reach them, so communicate publicly, or by a similar measure that informs them as effectively.',
  'exemption.art34_3_c.applies': () =>
    'Art. 34(3)(c): reaching people one by one would involve disproportionate effort, so communicate publicly instead, or by a similar measure that informs them as effectively.',
};
